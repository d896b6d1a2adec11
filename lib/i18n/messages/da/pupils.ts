const pupils = {
  title: "",
} as const;

export default pupils;
