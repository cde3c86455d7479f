import axios from "axios";

export async function pushContact(contact: { id: string; email: string }): Promise<void> {
  await axios.post("https://api.hubapi.com/crm/v3/objects/contacts", { properties: { email: contact.email, external_id: contact.id } });
}

export async function pushDeal(deal: { id: string; amount: number }): Promise<void> {
  await axios.post("https://api.hubapi.com/crm/v3/objects/deals", { properties: { amount: deal.amount, external_id: deal.id } });
}
