// The part of @prisma/client/runtime the generated client below uses, cut down to what row
// types need: a payload lists a model's columns (`scalars`) and relations (`objects`); a query's
// result is computed from the payload and the arguments given (`select`, `include`).

export type OperationPayload = {
  name: string;
  scalars: { [key: string]: unknown };
  objects: { [key: string]: unknown };
};

export type ResultExtensions = { [field: string]: unknown };

/** The columns, less the ones a client extension computes instead. */
export type GetPayloadResult<Base extends Record<any, any>, R extends ResultExtensions> = Omit<Base, keyof R> & {
  [K in keyof R]: R[K];
};

export type DefaultSelection<P extends OperationPayload> = P["scalars"];

/** A `select`ed row: only the keys selected, each typed by the payload's column. */
export type GetFindResult<P extends OperationPayload, A> = A extends { select: infer S extends object }
  ? {
      [K in keyof S as S[K] extends false | undefined | null ? never : K]: K extends keyof P["scalars"]
        ? P["scalars"][K]
        : K extends keyof P["objects"]
          ? P["objects"][K]
          : never;
    }
  : DefaultSelection<P>;

export type SelectSubset<T, U> = { [K in keyof T]: K extends keyof U ? T[K] : never };
