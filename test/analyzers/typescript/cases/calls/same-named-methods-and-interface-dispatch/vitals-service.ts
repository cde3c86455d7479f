import type { LocalExporter, VitalsExporter } from "./exporters.js";
import type { ChartPublisher, WardBoard } from "./publishers.js";
import type { Patient } from "./types.js";

export class VitalsService {
  constructor(
    private readonly board: WardBoard,
    private readonly chart: ChartPublisher,
    private readonly exporter: VitalsExporter,
    private readonly local: LocalExporter,
  ) {}

  onReading(patient: Patient): void {
    this.board.publish(patient.diagnosis);
    this.chart.publish(patient.ward);
    this.chart.publish(String(patient.heartRate));
    this.exporter.export(patient.id, patient.diagnosis);
    this.local.export(patient.id, patient.diagnosis);
  }
}
