/** Defines a custom element once: loading the library twice (two scripts, two versions) must not throw. */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
