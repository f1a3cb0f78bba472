export default function ThrowingPage(): never {
  throw new Error("secret failure detail from the error demo");
}
