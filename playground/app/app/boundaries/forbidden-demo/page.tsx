import { forbidden } from "next/navigation";

export default function ForbiddenDemo(): never {
  forbidden();
}
