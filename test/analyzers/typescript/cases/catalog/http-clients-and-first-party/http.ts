import axios from "axios";

export const crm = axios.create({ baseURL: "https://api.partner-crm.com/v2", timeout: 5000 });
export const accountsApi = axios.create({ baseURL: "https://accounts.internal.heartline.app" });
