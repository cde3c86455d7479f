/** Reads the signed-in user's e-mail from the session store (implemented natively). */
export declare function currentUserEmail(): string;
