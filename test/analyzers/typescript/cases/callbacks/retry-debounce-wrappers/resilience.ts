export function withRetry<T>(operation: (input: T) => Promise<void>, attempts = 3): (input: T) => Promise<void> {
  return async (input: T) => {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await operation(input);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };
}

export function debounce<T>(fn: (value: T) => void, ms: number): (value: T) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (value: T) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(value), ms);
  };
}
