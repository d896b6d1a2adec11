const emergencyAccess = {
  nav: "Nødadgange",
  offer: {
    title: "Nødadgang",
    text: "Dele af {pupil}s mappe kan du ikke læse. Er der akut bekymring for barnet, kan du få nødadgang til mappen i {hours} timer. Du skal give en begrundelse, og skoleledelsen får besked.",
    button: "Nødadgang",
  },
  form: {
    title: "Nødadgang til {pupil}",
    intro:
      "Brug kun nødadgang, når der er akut bekymring for barnet, og det ikke kan vente på trivselspersonen eller på forældrenes samtykke.",
    rules: {
      reads:
        "Du kan læse de notater i mappen, som trivselspersonen og Trivselsforum kan læse. Andre faggruppers notater og private notater forbliver lukkede.",
      expires:
        "Adgangen gælder kun denne elev og udløber efter {hours} timer. Du kan afslutte den før.",
      writes: "Du kan ikke skrive eller ændre mere end du kan i forvejen.",
      audited:
        "Skoleledelsen får besked og gennemgår din nødadgang bagefter. Alt, hvad du åbner, bliver logget.",
    },
    category: "Hvad drejer det sig om?",
    choose: "Vælg …",
    reason: "Begrundelse",
    reasonHint:
      "Hvad er der sket, og hvorfor kan det ikke vente? Mindst {min} tegn. Skoleledelsen læser begrundelsen.",
    submit: "Åbn mappen med nødadgang",
    cancel: "Fortryd",
  },
  categories: {
    CHILD_SAFETY: "Akut bekymring for barnets sikkerhed",
    SELF_HARM: "Risiko for, at barnet skader sig selv",
    VIOLENCE_OR_ABUSE: "Mistanke om vold eller overgreb",
    OTHER: "Andet akut (forklar i begrundelsen)",
  },
  banner: {
    title: "Nødadgang til {pupil} udløber kl. {time} den {date}",
    text: "Du læser mappen med nødadgang. Alt, hvad du åbner, bliver logget, og skoleledelsen gennemgår adgangen.",
    end: "Afslut nødadgang",
  },
  started: "Du har nu nødadgang til mappen.",
  ended: "Nødadgangen er afsluttet.",
  review: {
    title: "Nødadgange",
    intro:
      "Hver gang nogen åbner en elevs mappe med nødadgang, lander det her. Læs begrundelsen, og markér adgangen som gennemgået med en kommentar.",
    pending: "Venter på gennemgang",
    reviewed: "Gennemgået",
    empty: "Der har ikke været nogen nødadgange på skolen.",
    emptyPending: "Ingen nødadgange venter på gennemgang.",
    by: "{name} ({roles})",
    pupil: "Elev",
    category: "Kategori",
    reason: "Begrundelse",
    period: "Periode",
    running: "Startet {start} · kører til {end}",
    expired: "Startet {start} · udløb {end}",
    endedByUser: "Startet {start} · afsluttet {end}",
    comment: "Kommentar til gennemgangen",
    commentHint: "Fx om adgangen var begrundet, og om der skal følges op.",
    submit: "Markér som gennemgået",
    reviewedBy: "Gennemgået af {name} {date}",
    own: "Din egen nødadgang gennemgås af en anden fra skoleledelsen.",
    done: "Nødadgangen er markeret som gennemgået.",
  },
  notice: {
    one: "1 nødadgang venter på din gennemgang.",
    many: "{count} nødadgange venter på din gennemgang.",
    link: "Gå til nødadgange",
  },
  errors: {
    ownAccess: "Du kan ikke gennemgå din egen nødadgang.",
  },
} as const;

export default emergencyAccess;
