const { loadCity, loadReligion } = require("./profile-store");
const format = require("./format");

function trackAd(event, payload) {
  return { event, payload };
}

function promote(userId) {
  trackAd("promote_city", format.tag("city", loadCity(userId)));
  trackAd("promote_faith", format.tag("faith", loadReligion(userId)));
}

module.exports = { promote, trackAd };
