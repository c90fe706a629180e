// Connect counts string lengths in Unicode code points, not UTF-16 units.
export function countCodePoints(s: string): number {
  // Fast path: no surrogates means one unit per code point.
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  return [...s].length;
}

export const lengthWithin = (s: string, min: number, max: number): boolean => {
  // A string of more than 2*max units cannot fit; skip the spread for huge inputs.
  if (s.length > max * 2 || s.length < min) return false;
  const n = countCodePoints(s);
  return n >= min && n <= max;
};
