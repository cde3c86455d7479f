import { InAppChannel } from "./channels.js";
import { Notifier } from "./notifier.js";
import type { Patient } from "./types.js";

export async function remindAppointment(notifier: Notifier, inbox: InAppChannel, patient: Patient, slot: string): Promise<void> {
  await notifier.broadcast(patient.id, `Reminder: your appointment is at ${slot}`);
  await notifier.broadcast(patient.id, `Please bring your latest results about ${patient.diagnosis}`);
  await notifier.broadcast(patient.phone, "Your lab results are ready");
  await inbox.deliver(patient.phone, `Prep notes for ${patient.diagnosis}`);
  console.info("appointment reminders sent", patient.id, slot);
}
