export const API_BASE = "https://api.heartline.app/v1";
export const PARTNER_BASE = "https://partner.example.com";
