export interface Channel {
  name: string;
}

export function logContact(this: Channel, value: string): void {
  console.info(`[${this.name}] contact`, value);
}
