export default function BrokenTeam(): never {
  throw new Error("team slot failed");
}
