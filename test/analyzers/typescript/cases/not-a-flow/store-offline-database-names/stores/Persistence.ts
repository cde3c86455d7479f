import Logger from "../Logger";
export default class Persistence {
  constructor(readonly name: string) {}
  persist(id: string): void {
    try {
      localStorage.setItem(`${this.name}:${id}`, "1");
    } catch (error) {
      Logger.warn("Failed to persist", { database: this.name });
    }
  }
}
