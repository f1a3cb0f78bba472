import { unauthorized } from "next/navigation";

export default function UnauthorizedDemo(): never {
  unauthorized();
}
