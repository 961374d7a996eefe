/**
 * The shared secrets of the gateway and the subgraphs. The gateway signs with `current`; a subgraph accepts
 * `current` and, during a rotation, `previous` (rotate by giving every subgraph the new key as current and the
 * old one as previous, then the gateway the new key, then dropping previous).
 */
export interface SigningKeys {
  current: string;
  previous?: string;
}
