import { messagesLayout } from "@/components/client-messages";

export default messagesLayout(["calendar"]);
