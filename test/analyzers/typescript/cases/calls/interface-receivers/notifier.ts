export interface Notifier {
  notify(userId: string, message: string): void;
}
