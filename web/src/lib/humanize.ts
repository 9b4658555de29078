/** `rootCause` → "Root cause", `contact_outcome` → "Contact outcome": a readable label for a data key without a title. */
export function humanize(name: string) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
