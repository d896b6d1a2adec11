const conferences = {
  title: "",
} as const;

export default conferences;
