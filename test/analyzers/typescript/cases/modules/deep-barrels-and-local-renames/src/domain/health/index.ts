export * from "./vitals/index.js";
export { pulseOf as heartbeat } from "./vitals/index.js";
