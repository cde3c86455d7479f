import deepmerge from "deepmerge";
import { logEvent, logLine, track } from "./log.js";
import type { Member, Preferences, Team } from "./types.js";

const DEFAULTS: Preferences = { locale: "en", theme: "light", digest: true };

type SettingsView = Preferences & { team: Team; member: Member };

/**
 * The team, its owner and the member's preferences merged by a library the analyzer does not
 * know: its result holds all of what it was given, the team's member addresses included.
 */
export function settingsView(team: Team, member: Member, saved: Partial<Preferences>): SettingsView {
  return deepmerge.all([DEFAULTS, saved, { team, member }]) as SettingsView;
}

/** The settings screen logs and tracks scalars read from the merged view: no address among them. */
export function openSettings(team: Team, member: Member, saved: Partial<Preferences>): void {
  const view = settingsView(team, member, saved);
  logLine(`settings opened in ${view.locale} (${view.theme})`);
  track("settings_opened", view.team.slug, view.team.plan);
}

/** The billing page writes the owner's address out: a flow. */
export function showBillingContact(team: Team, member: Member): void {
  const view = settingsView(team, member, {});
  logLine(`billing contact ${view.team.owner.email}`);
}

/** Exports the merged view as text for a support ticket: the text holds every member's address. */
export function exportForSupport(team: Team): void {
  const snapshot = deepmerge({ exportedAt: new Date().toISOString() }, team);
  logLine(JSON.stringify(snapshot));
}

/** The schedule header logs the owner's time zone, read five fields down: a string, not the team. */
function logScheduleOpened(view: SettingsView): void {
  logEvent({ event: "schedule_opened", timeZone: view.team.owner.profile.preferences.timeZone });
}

export function openSchedule(team: Team, member: Member): void {
  // The library's result as it comes (untyped), handed to a function that declares its shape.
  logScheduleOpened(deepmerge.all([DEFAULTS, { team, member }]));
}
