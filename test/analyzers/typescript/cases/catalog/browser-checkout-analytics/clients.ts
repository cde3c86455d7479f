import axios from "axios";
import createDebug from "debug";

export const api = axios.create({ baseURL: "https://api.shop.example.com/v2" });
export const debug = createDebug("checkout:web");
