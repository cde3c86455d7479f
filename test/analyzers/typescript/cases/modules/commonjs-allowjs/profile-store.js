const rows = new Map();

function loadReligion(userId) {
  return rows.get(userId)?.religion ?? "unknown";
}

function loadCity(userId) {
  return rows.get(userId)?.city ?? "unknown";
}

module.exports = { loadReligion, loadCity };
