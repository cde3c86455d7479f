export class ProfileRejected extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly rejectedValue: string,
  ) {
    super(message);
  }
}
