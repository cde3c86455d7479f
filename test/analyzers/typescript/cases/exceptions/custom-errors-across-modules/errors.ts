export class PaymentDeclinedError extends Error {
  constructor(
    readonly paymentId: string,
    readonly pan: string,
    message: string,
  ) {
    super(message);
    this.name = "PaymentDeclinedError";
  }
}

export class GatewayTimeoutError extends Error {
  constructor(readonly gateway: string) {
    super(`gateway ${gateway} timed out`);
    this.name = "GatewayTimeoutError";
  }
}
