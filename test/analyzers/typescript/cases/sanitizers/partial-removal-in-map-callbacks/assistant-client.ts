export class AssistantClient {
  private readonly prompts: string[] = [];

  complete(prompt: string): void {
    this.prompts.push(prompt);
  }
}
