import { forbidden } from "next/navigation";

export default function CustomForbiddenDemo(): never {
  forbidden();
}
