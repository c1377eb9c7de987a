/** Present value of 1 paid at the end of each year 1..horizon at `rate` (annuity factor). */
export function annuityFactor(rate: number, horizonYears: number): number {
  let f = 0;
  for (let y = 1; y <= horizonYears; y++) f += 1 / (1 + rate) ** y;
  return f;
}

/**
 * Present value of buying an asset at year 0 and again every `lifetimeYears` within the horizon,
 * less the straight-line residual value of the last purchase at the end of the horizon
 * (so assets with different lifetimes are compared fairly).
 */
export function replacementPresentValue(
  unitCost: number,
  lifetimeYears: number,
  rate: number,
  horizonYears: number,
): number {
  let pv = 0;
  let lastPurchase = 0;
  for (let y = 0; y < horizonYears; y += lifetimeYears) {
    pv += unitCost / (1 + rate) ** y;
    lastPurchase = y;
  }
  const usedYears = horizonYears - lastPurchase;
  const residual = unitCost * Math.max(0, 1 - usedYears / lifetimeYears);
  return pv - residual / (1 + rate) ** horizonYears;
}

/**
 * Present value of mid-life battery replacements: a new battery every `batteryLifetimeYears`
 * except in years when the whole vehicle is replaced anyway.
 */
export function batteryReplacementPresentValue(
  batteryCost: number,
  batteryLifetimeYears: number,
  vehicleLifetimeYears: number,
  rate: number,
  horizonYears: number,
): number {
  let pv = 0;
  for (let vehicleStart = 0; vehicleStart < horizonYears; vehicleStart += vehicleLifetimeYears) {
    for (
      let age = batteryLifetimeYears;
      age < vehicleLifetimeYears - 1e-9;
      age += batteryLifetimeYears
    ) {
      const y = vehicleStart + age;
      if (y < horizonYears) pv += batteryCost / (1 + rate) ** y;
    }
  }
  return pv;
}
