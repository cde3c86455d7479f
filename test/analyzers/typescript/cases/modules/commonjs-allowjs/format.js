exports.tag = function tag(kind, value) {
  return kind + ":" + String(value).toLowerCase();
};
