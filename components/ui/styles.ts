/** Class names shared by form controls outside <Form> (search forms, sign-in) and inside it. */
export const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-stone-400 aria-[invalid=true]:border-red-500";
