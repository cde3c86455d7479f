import { bytesToHex, fromBase64, fromBytes, toBase64, toBytes } from "./encoding.js";
import { PartnerApi } from "./partner-api.js";
import type { PaymentMethod } from "./types.js";

export function forwardToProcessor(api: PartnerApi, method: PaymentMethod): void {
  const encodedCard = toBase64(method.cardNumber);
  api.send("card_b64", encodedCard);

  const encodedBrand = toBase64(method.brand);
  api.send("brand_b64", encodedBrand);

  const roundTrip = fromBase64(toBase64(method.cardNumber));
  api.send("card_round_trip", roundTrip);

  const cardBytes = toBytes(method.cardNumber);
  api.send("card_bytes", cardBytes);
  api.send("card_bytes_length", cardBytes.length);

  const copied = Uint8Array.from(cardBytes);
  api.send("card_bytes_copy", copied);

  const hex = bytesToHex(toBytes(method.cardNumber));
  api.send("card_hex", hex);

  const holderHex = bytesToHex(toBytes(method.holderName));
  api.send("holder_hex", holderHex);

  const decoded = fromBytes(cardBytes);
  api.send("card_decoded", decoded);

  const expiryHex = Buffer.from(method.expiry, "utf8").toString("hex");
  api.send("expiry_hex", expiryHex);

  const fromB64 = Buffer.from(toBase64(method.cardNumber), "base64").toString("utf8");
  api.send("card_from_b64", fromB64);
}
