import type { ComponentWrapperEntry } from "./types.js";

export const react = { id: "react", modules: ["react"], wrappers: [{ calls: ["memo"] }, { calls: ["forwardRef"], forwardsRef: true }, { calls: ["lazy"], loads: true }] } satisfies ComponentWrapperEntry;
export const preact = { id: "preact", modules: ["preact/compat"], wrappers: [{ calls: ["memo"] }, { calls: ["forwardRef"], forwardsRef: true }, { calls: ["lazy"], loads: true }] } satisfies ComponentWrapperEntry;
export const mobxReact = { id: "mobx-react", modules: ["mobx-react", "mobx-react-lite"], wrappers: [{ calls: ["observer"] }, { calls: ["inject"], curried: true }] } satisfies ComponentWrapperEntry;
export const reactRedux = { id: "react-redux", modules: ["react-redux"], wrappers: [{ calls: ["connect"], curried: true }] } satisfies ComponentWrapperEntry;
export const reactRouter = { id: "react-router", modules: ["react-router", "react-router-dom"], wrappers: [{ calls: ["withRouter"] }] } satisfies ComponentWrapperEntry;
export const reactI18next = { id: "react-i18next", modules: ["react-i18next"], wrappers: [{ calls: ["withTranslation"], curried: true }] } satisfies ComponentWrapperEntry;
