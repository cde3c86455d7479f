import { LeaderboardFeed } from "./leaderboard-feed.js";
import { calmestTeams, heartRateBands, topWalkers } from "./rankings.js";
import type { Athlete } from "./types.js";

export function publishWeekly(feed: LeaderboardFeed, athletes: Athlete[]): void {
  feed.publish("top_walkers", topWalkers(athletes));
  feed.publish("calmest_teams", calmestTeams(athletes));
  feed.publish("heart_rate_bands", heartRateBands(athletes));

  const calmest = athletes.find((a) => a.restingHeartRate < 50);
  feed.publish("calmest_member", calmest?.nickname);
  feed.publish("athlete_count", athletes.filter((a) => a.restingHeartRate < 50).length);
}
