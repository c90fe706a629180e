export function minimumOf(range: string): [number, number];
export function nodeProblem(version: string, range: string): string | undefined;
