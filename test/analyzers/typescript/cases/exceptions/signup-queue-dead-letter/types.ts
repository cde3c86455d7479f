export interface SignupEvent {
  userId: string;
  email: string;
  plan: "free" | "pro";
}

export interface QueueMessage<T> {
  id: string;
  receiveCount: number;
  body: T;
}
