/** The public leaderboard other members see in the app. */
export class LeaderboardFeed {
  private readonly boards = new Map<string, unknown>();

  publish(board: string, entries: unknown): void {
    this.boards.set(board, entries);
  }
}
