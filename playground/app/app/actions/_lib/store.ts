// In-memory server data for the Server Action pages (one copy per server
// process; the tests only compare values they wrote themselves).
let visits = 0;
let note = "(nothing saved yet)";
const messages: string[] = ["first message"];

export const getVisits = () => visits;
export const bumpVisits = () => ++visits;
export const getNote = () => note;
export const setNote = (value: string) => void (note = value);
export const getMessages = (): readonly string[] => [...messages];
export const addMessage = (text: string) => void messages.push(text);
