export interface Req<B = unknown> {
  body: B;
  path: string;
}

export interface Res {
  status(code: number): Res;
  json(body: unknown): void;
}

export type Route<B = unknown> = (req: Req<B>, res: Res) => Promise<void>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}
