export interface SignupForm {
  email: string;
  name: string;
}

/** The values the signup page posted. */
export declare function readSignupForm(): SignupForm;
