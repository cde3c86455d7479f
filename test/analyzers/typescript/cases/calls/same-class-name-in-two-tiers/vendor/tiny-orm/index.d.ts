/** The ORM's base class, as its package ships it: declarations only, no bodies to analyse. */
export declare class Model {
  save(): Promise<this>;
  destroy(): Promise<void>;
}
