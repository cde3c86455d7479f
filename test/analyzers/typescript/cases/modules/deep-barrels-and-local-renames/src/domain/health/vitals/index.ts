export * from "./readers.js";
export { default as ChartLine } from "./chart.js";
