export interface User {
  id: string;
  email: string;
  country: string;
  newsletter: boolean;
}

export interface Page<T> {
  items: T[];
  next?: string;
}
