// Every property holds for at least this many generated cases in CI. FC_RUNS may raise it;
// lowering it locally is allowed for quick iteration but CI never sets it.
export const PROPERTY_RUNS = Math.max(Number(process.env.FC_RUNS ?? 10_000), 1);
