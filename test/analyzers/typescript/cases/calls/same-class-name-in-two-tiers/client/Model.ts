/** The browser's base model: a different class that happens to share the server's class name. */
export default abstract class Model {
  abstract readonly endpoint: string;
  isSaving = false;
}
