import type { DemoStory } from './types';

/**
 * Demo stories, batch A: politics, economy and culture from the fictional
 * region covered by Maydan (Tazrit, Port Amalis, Oued Zenna, Bir Selma, Zaghrane).
 * Every person, company and institution below is invented.
 */
export const storiesA: DemoStory[] = [
  // ───────────────────────────── Politics ─────────────────────────────
  {
    key: 'a-budget-vote',
    section: 'politics',
    author: 'leila',
    daysAgo: 0,
    image: { from: '#1f3a5f', to: '#c9a227', motif: 'bars' },
    related: ['a-youth-jobs', 'a-electoral-law'],
    translations: {
      en: {
        title: 'Assembly passes 2027 budget after three weeks of tense debate',
        slug: 'assembly-passes-2027-budget',
        dek: 'The 48.6-billion-dinar finance law narrows the deficit and raises education spending, but a phased cut to fuel subsidies prompted an opposition walkout.',
        body: `<p>The National Assembly in Tazrit approved the 2027 finance law late on Tuesday by 112 votes to 87, with six abstentions, closing three weeks of debate that at times spilled out of the chamber and onto the streets around Independence Square.</p>
<p>The budget sets total spending at <strong>48.6 billion dinars</strong>, a 5.8 per cent increase on this year, and aims to bring the deficit down to 4.1 per cent of GDP from an estimated 5.3 per cent in 2026. Finance Minister Nadia Ferhat called it "a budget of discipline that does not forget the classroom or the clinic".</p>
<h2>Where the money goes</h2>
<ul>
<li>Education rises by 9 per cent, funding 2,400 new teaching posts, most of them in the interior provinces.</li>
<li>Health spending grows by 6 per cent, including 310 million dinars to finish the regional hospital in Oued Zenna.</li>
<li>Fuel subsidies fall by 1.2 billion dinars, phased over four quarters.</li>
<li>Interest payments on public debt now absorb nearly one dinar in seven.</li>
</ul>
<p>The subsidy cut, written into article 14, was the flashpoint. Members of the opposition Civic Bloc left the chamber before the article was put to a vote, arguing that the reform would hit taxi drivers, fishermen and rural households hardest.</p>
<blockquote>"The government is asking the people who drive the country's vans and boats to pay for a decade of poor planning," said Youssef Belkadi, the bloc's spokesman on finance.</blockquote>
<p>Ms Ferhat replied that the cut would be offset by a targeted cash transfer of 90 dinars a month for about 380,000 low-income households, to be paid through the postal network from March. Critics note that the registry used to identify eligible families has not been updated since 2022.</p>
<h2>What happens next</h2>
<p>The law now goes to the Constitutional Council, which has fifteen days to rule on a challenge lodged by 41 opposition deputies. Economists at the University of Tazrit expect the council to approve the text largely unchanged, though the revenue forecasts, built on growth of 3.2 per cent, have been described by the independent Fiscal Observatory as "optimistic but not implausible".</p>
<p>Whatever the ruling, the vote marks the first time in four years that a budget has been adopted before the statutory deadline of 31 December.</p>`,
        tags: ['parliament', 'energy', 'jobs'],
        imageAlt:
          'Deputies standing in the semicircular chamber of the National Assembly in Tazrit during the budget vote',
        comments: [
          {
            name: 'Hamid Serrar',
            email: 'hamid.serrar@example.com',
            body: 'Ninety dinars a month will not cover the difference for a taxi driver who fills up twice a week. Has anyone at the ministry actually done the arithmetic?',
            afterMinutes: 42,
            replies: [
              {
                name: 'Farah Ouali',
                email: 'farah.ouali@example.com',
                website: 'https://farahouali.example.org',
                body: 'The transfer is meant for households, not professions. Taxi drivers are supposed to get a separate fuel card, but the decree has not been published yet.',
                afterMinutes: 95,
              },
            ],
          },
          {
            name: 'Sarah Whitcombe',
            email: 'sarah.whitcombe@example.com',
            website: 'https://sarahwrites.example.net',
            body: 'Clear explainer, thank you. It would be useful to see how the 2,400 teaching posts are split by province.\nIs that in the annex to the law?',
            afterMinutes: 180,
          },
        ],
      },
      fr: {
        title: "L'Assemblée adopte le budget 2027 après trois semaines de débats tendus",
        slug: 'assemblee-adopte-budget-2027',
        dek: "La loi de finances de 48,6 milliards de dinars réduit le déficit et augmente les crédits de l'éducation, mais la baisse progressive des subventions aux carburants a provoqué le départ de l'opposition.",
        body: `<p>L'Assemblée nationale a adopté mardi soir à Tazrit la loi de finances 2027 par 112 voix contre 87 et six abstentions, mettant fin à trois semaines de débats qui ont parfois débordé de l'hémicycle jusqu'aux abords de la place de l'Indépendance.</p>
<p>Le budget fixe les dépenses totales à <strong>48,6 milliards de dinars</strong>, soit une hausse de 5,8 % par rapport à cette année, et vise à ramener le déficit à 4,1 % du PIB, contre 5,3 % estimés pour 2026. La ministre des Finances, Nadia Ferhat, y voit « un budget de rigueur qui n'oublie ni la salle de classe ni le dispensaire ».</p>
<h2>La répartition des crédits</h2>
<ul>
<li>L'éducation progresse de 9 %, ce qui finance 2 400 nouveaux postes d'enseignants, pour la plupart dans les provinces de l'intérieur.</li>
<li>Les dépenses de santé augmentent de 6 %, dont 310 millions de dinars pour achever l'hôpital régional d'Oued Zenna.</li>
<li>Les subventions aux carburants baissent de 1,2 milliard de dinars, une réduction étalée sur quatre trimestres.</li>
<li>Les intérêts de la dette publique absorbent désormais près d'un dinar sur sept.</li>
</ul>
<p>La baisse des subventions, inscrite à l'article 14, a cristallisé les tensions. Les députés du Bloc civique, dans l'opposition, ont quitté l'hémicycle avant le vote de cet article, estimant que la réforme frapperait d'abord les chauffeurs de taxi, les pêcheurs et les ménages ruraux.</p>
<blockquote>« Le gouvernement demande à ceux qui conduisent les camionnettes et les bateaux du pays de payer dix ans de mauvaise planification », a déclaré Youssef Belkadi, porte-parole du bloc pour les finances.</blockquote>
<p>Mme Ferhat a répondu que la baisse serait compensée par une aide monétaire ciblée de 90 dinars par mois pour environ 380 000 ménages modestes, versée par le réseau postal à partir de mars. Ses détracteurs relèvent que le registre servant à identifier les familles éligibles n'a pas été mis à jour depuis 2022.</p>
<h2>Et maintenant ?</h2>
<p>Le texte est désormais transmis au Conseil constitutionnel, qui dispose de quinze jours pour se prononcer sur le recours déposé par 41 députés de l'opposition. Les économistes de l'université de Tazrit s'attendent à une validation sans grands changements, même si l'Observatoire budgétaire indépendant juge les prévisions de recettes, fondées sur une croissance de 3,2 %, « optimistes mais pas invraisemblables ».</p>
<p>Quelle que soit la décision, c'est la première fois depuis quatre ans qu'un budget est adopté avant l'échéance légale du 31 décembre.</p>`,
        tags: ['parlement', 'énergie', 'emploi'],
        imageAlt: "Des députés debout dans l'hémicycle de l'Assemblée nationale à Tazrit pendant le vote du budget",
      },
      ar: {
        title: 'المجلس الوطني يصادق على ميزانية 2027 بعد ثلاثة أسابيع من النقاش المحتدم',
        slug: 'المجلس-الوطني-يصادق-على-ميزانية-2027',
        dek: 'قانون المالية البالغ 48.6 مليار دينار يقلّص العجز ويرفع اعتمادات التعليم، غير أن الخفض التدريجي لدعم المحروقات دفع المعارضة إلى الانسحاب من الجلسة.',
        body: `<p>صادق المجلس الوطني في تازريت مساء الثلاثاء على قانون المالية لسنة 2027 بأغلبية 112 صوتًا مقابل 87 وامتناع ستة نواب عن التصويت، منهيًا بذلك ثلاثة أسابيع من النقاش الذي امتدّ أحيانًا من قاعة الجلسات إلى الشوارع المحيطة بساحة الاستقلال.</p>
<p>وتحدّد الميزانية النفقات الإجمالية بـ<strong>48.6 مليار دينار</strong>، أي بزيادة قدرها 5.8 في المئة مقارنة بالسنة الجارية، وتهدف إلى خفض العجز إلى 4.1 في المئة من الناتج المحلي الإجمالي بعد أن قُدّر بـ5.3 في المئة سنة 2026. ووصفتها وزيرة المالية نادية فرحات بأنها "ميزانية انضباط لا تنسى قاعة الدرس ولا المستوصف".</p>
<h2>أين تذهب الأموال؟</h2>
<ul>
<li>ترتفع اعتمادات التعليم بنسبة 9 في المئة، بما يموّل 2400 منصب تدريس جديد، معظمها في المحافظات الداخلية.</li>
<li>يزداد الإنفاق على الصحة بنسبة 6 في المئة، منها 310 ملايين دينار لاستكمال المستشفى الجهوي في واد زنّة.</li>
<li>ينخفض دعم المحروقات بمقدار 1.2 مليار دينار، على أن يُوزَّع الخفض على أربعة فصول.</li>
<li>باتت فوائد الدين العام تستهلك قرابة دينار من كل سبعة دنانير.</li>
</ul>
<p>وكان خفض الدعم، الوارد في المادة 14، محور الخلاف الأبرز؛ إذ غادر نواب الكتلة المدنية المعارضة القاعة قبل التصويت على هذه المادة، معتبرين أن الإصلاح سيطال أولًا سائقي سيارات الأجرة والصيادين والأسر الريفية.</p>
<blockquote>"تطلب الحكومة من الذين يقودون شاحنات البلاد الصغيرة وقواربها أن يدفعوا ثمن عشر سنوات من سوء التخطيط"، قال يوسف بلقاضي، المتحدث باسم الكتلة في الشؤون المالية.</blockquote>
<p>وردّت الوزيرة فرحات بأن الخفض سيُعوَّض بمنحة نقدية موجّهة قدرها 90 دينارًا شهريًا لنحو 380 ألف أسرة محدودة الدخل، تُصرف عبر شبكة البريد ابتداءً من شهر مارس. غير أن المنتقدين يشيرون إلى أن السجل المعتمد لتحديد الأسر المستحقة لم يُحدَّث منذ عام 2022.</p>
<h2>ماذا بعد؟</h2>
<p>يُحال القانون الآن إلى المجلس الدستوري الذي أمامه خمسة عشر يومًا للبتّ في الطعن الذي تقدّم به 41 نائبًا من المعارضة. ويتوقع اقتصاديون في جامعة تازريت أن يُقرّ المجلس النص دون تعديلات جوهرية، وإن كان المرصد المستقل للمالية العامة قد وصف توقعات الإيرادات، المبنية على نمو بنسبة 3.2 في المئة، بأنها "متفائلة لكنها ليست مستبعدة".</p>
<p>وأيًّا كان قرار المجلس، فإنها المرة الأولى منذ أربع سنوات التي تُعتمد فيها الميزانية قبل الأجل القانوني المحدد في 31 ديسمبر.</p>`,
        tags: ['البرلمان', 'الطاقة', 'التشغيل'],
        imageAlt: 'نواب واقفون في قاعة الجلسات نصف الدائرية بالمجلس الوطني في تازريت أثناء التصويت على الميزانية',
        comments: [
          {
            name: 'سليم العياري',
            email: 'salim.ayari@example.com',
            body: 'جميل أن ترتفع ميزانية التعليم، لكن أين ستُفتح المناصب الجديدة؟ مدارسنا في بئر سلمى تنتظر معلمين منذ سنوات.',
            afterMinutes: 60,
            replies: [
              {
                name: 'مريم بن عاشور',
                email: 'meriem.benachour@example.com',
                body: 'حسب الملحق الثالث لقانون المالية، خُصّص 310 مناصب لمحافظة بئر سلمى وحدها.\nالتفاصيل منشورة في الرائد الرسمي.',
                afterMinutes: 140,
              },
            ],
          },
          {
            name: 'نور الهدى الصيد',
            email: 'nourelhouda.essid@example.com',
            website: 'https://nour-essid.example.org',
            body: 'تغطية متوازنة وواضحة، شكرًا. أتمنى أن تتابعوا ما سيقرره المجلس الدستوري بشأن المادة 14.',
            afterMinutes: 210,
          },
          {
            name: 'خالد منصور',
            email: 'khaled.mansour@example.com',
            body: 'هذه الميزانية كُتبت لإرضاء المقرضين لا المواطنين، وسيدفع الفقراء الثمن كالعادة.',
            afterMinutes: 305,
            status: 'pending',
          },
        ],
      },
    },
  },
  {
    key: 'a-municipal-elections',
    section: 'politics',
    author: 'karim',
    daysAgo: 14,
    image: { from: '#6b2d5c', to: '#f0a202', motif: 'grid' },
    translations: {
      en: {
        title: 'Municipal elections set for 12 October, with a new quota for young candidates',
        slug: 'municipal-elections-12-october',
        dek: 'The Independent Electoral Authority will open voter registration online for the first time, as observers warn that rural turnout could fall further.',
        body: `<p>Voters in all 214 municipalities will elect new councils on 12 October, the Independent Electoral Authority (IEA) announced on Monday in Tazrit, ending months of speculation that the vote could be postponed until next spring.</p>
<p>The election will be the first held under the revised local government code adopted last year, which requires that at least <strong>30 per cent of places</strong> on every list go to candidates under 35, and that men and women alternate down each list.</p>
<p>"We want councils that look like the streets they govern," said Samir Haddouche, the authority's president, at a press conference. "Half of our population is under 30. Until now, the average councillor was 54."</p>
<h2>Registration goes online</h2>
<p>For the first time, citizens will be able to register or update their polling address through a web portal and at any post office, rather than only at municipal offices. Registration opens on 1 June and closes on 15 July. The IEA estimates that about 1.9 million eligible adults, roughly a quarter of the electorate, are not yet on the rolls.</p>
<p>The authority has a budget of 96 million dinars for the vote, including 14 million for mobile registration units that will visit villages in the mountain provinces and the southern oases.</p>
<h2>The turnout problem</h2>
<p>Turnout at the last municipal elections, in 2021, was 38 per cent nationally but fell below 25 per cent in several rural districts around Oued Zenna. Amira Tlili, who coordinates the citizen observer network Mourakib, said the online portal alone would not reverse that trend.</p>
<blockquote>"In villages where the nearest post office is 40 kilometres away and the mobile signal comes and goes, a website is not an answer. People stop voting when they stop believing the council can fix the road or the water supply."</blockquote>
<p>Mourakib plans to deploy 3,500 volunteer observers on election day, up from 2,100 in 2021, and will publish a preliminary assessment within 48 hours of polls closing.</p>
<p>Parties have until 20 August to submit their lists. The ruling coalition and the main opposition blocs have both said they will field candidates in every municipality, something none of them managed five years ago.</p>`,
        tags: ['elections', 'youth'],
        imageAlt: 'A voter registration officer checking identity cards at a mobile unit parked in a village square',
      },
      fr: {
        title: 'Municipales : le scrutin fixé au 12 octobre, avec un quota pour les jeunes candidats',
        slug: 'municipales-scrutin-12-octobre',
        dek: "L'Autorité électorale indépendante ouvrira pour la première fois l'inscription en ligne, alors que les observateurs craignent une nouvelle baisse de la participation en zone rurale.",
        body: `<p>Les électeurs des 214 communes du pays éliront leurs nouveaux conseils municipaux le 12 octobre, a annoncé lundi à Tazrit l'Autorité électorale indépendante (AEI), mettant fin à plusieurs mois de spéculations sur un éventuel report au printemps prochain.</p>
<p>Ce scrutin sera le premier organisé sous le nouveau code des collectivités locales adopté l'an dernier, qui impose qu'au moins <strong>30 % des places</strong> de chaque liste reviennent à des candidats de moins de 35 ans, et que femmes et hommes alternent sur toute la liste.</p>
<p>« Nous voulons des conseils qui ressemblent aux rues qu'ils administrent », a déclaré Samir Haddouche, président de l'Autorité, lors d'une conférence de presse. « La moitié de notre population a moins de 30 ans. Jusqu'ici, le conseiller municipal moyen avait 54 ans. »</p>
<h2>L'inscription passe en ligne</h2>
<p>Pour la première fois, les citoyens pourront s'inscrire ou mettre à jour leur adresse de vote sur un portail internet et dans n'importe quel bureau de poste, et non plus seulement à la mairie. Les inscriptions ouvriront le 1er juin et seront closes le 15 juillet. L'AEI estime qu'environ 1,9 million d'adultes, soit près d'un quart du corps électoral, ne figurent pas encore sur les listes.</p>
<p>L'Autorité dispose d'un budget de 96 millions de dinars pour le scrutin, dont 14 millions pour des unités d'inscription mobiles qui se rendront dans les villages des provinces montagneuses et des oasis du Sud.</p>
<h2>Le défi de la participation</h2>
<p>Lors des dernières municipales, en 2021, la participation avait atteint 38 % à l'échelle nationale, mais elle était tombée sous les 25 % dans plusieurs circonscriptions rurales autour d'Oued Zenna. Pour Amira Tlili, coordinatrice du réseau d'observateurs citoyens Mourakib, le portail en ligne ne suffira pas à inverser la tendance.</p>
<blockquote>« Dans des villages où le premier bureau de poste est à 40 kilomètres et où le réseau mobile va et vient, un site internet n'est pas une réponse. Les gens cessent de voter quand ils cessent de croire que le conseil peut réparer la route ou l'adduction d'eau. »</blockquote>
<p>Mourakib prévoit de déployer 3 500 observateurs bénévoles le jour du vote, contre 2 100 en 2021, et publiera une évaluation préliminaire dans les 48 heures suivant la fermeture des bureaux.</p>
<p>Les partis ont jusqu'au 20 août pour déposer leurs listes. La coalition au pouvoir comme les principaux blocs d'opposition affirment qu'ils présenteront des candidats dans toutes les communes, ce qu'aucun d'eux n'avait réussi il y a cinq ans.</p>`,
        tags: ['élections', 'jeunesse'],
        imageAlt:
          "Un agent d'inscription vérifie des cartes d'identité dans une unité mobile garée sur la place d'un village",
        comments: [
          {
            name: 'Nadia Chaouch',
            email: 'nadia.chaouch@example.com',
            body: "Enfin l'inscription en ligne ! Il était temps.\nReste à voir si le portail tiendra le choc le dernier jour.",
            afterMinutes: 35,
            replies: [
              {
                name: 'Mehdi Larbi',
                email: 'mehdi.larbi@example.com',
                website: 'https://mehdilarbi.example.com',
                body: 'Le portail des déclarations fiscales avait planté en avril… Je ne suis pas très optimiste, mais les bureaux de poste restent une bonne solution de repli.',
                afterMinutes: 70,
              },
            ],
          },
          {
            name: 'Julien Morel',
            email: 'julien.morel@example.com',
            body: 'Le quota de 30 % pour les moins de 35 ans est une bonne idée, mais les partis trouveront-ils assez de candidats dans les petites communes ?',
            afterMinutes: 210,
          },
        ],
      },
      ar: {
        title: 'الانتخابات البلدية في 12 أكتوبر مع حصة مخصّصة للمرشحين الشباب',
        slug: 'الانتخابات-البلدية-12-أكتوبر',
        dek: 'تفتح الهيئة المستقلة للانتخابات باب التسجيل عبر الإنترنت لأول مرة، فيما يحذّر الملاحظون من تراجع جديد في نسبة المشاركة بالأرياف.',
        body: `<p>أعلنت الهيئة المستقلة للانتخابات يوم الاثنين في تازريت أن الناخبين في البلديات الـ214 سيختارون مجالسهم الجديدة في 12 أكتوبر، واضعةً حدًّا لأشهر من التكهنات بشأن احتمال تأجيل الاقتراع إلى الربيع المقبل.</p>
<p>وستكون هذه أول انتخابات تُجرى وفق مجلة الجماعات المحلية المعدّلة التي اعتُمدت العام الماضي، والتي تشترط أن تُخصَّص <strong>30 في المئة على الأقل</strong> من المراتب في كل قائمة لمرشحين دون الخامسة والثلاثين، وأن يتناوب النساء والرجال على امتداد القائمة.</p>
<p>وقال رئيس الهيئة سمير حدّوش في مؤتمر صحفي: "نريد مجالس تشبه الشوارع التي تديرها. نصف سكاننا دون الثلاثين، بينما كان متوسط عمر المستشار البلدي حتى الآن 54 عامًا".</p>
<h2>التسجيل ينتقل إلى الإنترنت</h2>
<p>وللمرة الأولى، سيتمكن المواطنون من التسجيل أو تحديث عنوان مكتب اقتراعهم عبر بوابة إلكترونية وفي أي مكتب بريد، بدلًا من الاقتصار على مقرات البلديات. ويُفتح باب التسجيل في الأول من يونيو ويُغلق في 15 يوليو. وتقدّر الهيئة أن نحو 1.9 مليون بالغ ممن يحق لهم التصويت، أي قرابة ربع الجسم الانتخابي، لم يُدرَجوا بعد في السجلات.</p>
<p>وتبلغ ميزانية الهيئة لهذا الاستحقاق 96 مليون دينار، منها 14 مليونًا لوحدات تسجيل متنقلة ستجوب قرى المحافظات الجبلية وواحات الجنوب.</p>
<h2>معضلة المشاركة</h2>
<p>وكانت نسبة المشاركة في الانتخابات البلدية الأخيرة عام 2021 قد بلغت 38 في المئة على المستوى الوطني، لكنها انخفضت إلى ما دون 25 في المئة في عدد من الدوائر الريفية المحيطة بواد زنّة. وترى أميرة التليلي، منسّقة شبكة «مُراقِب» للملاحظين المواطنين، أن البوابة الإلكترونية وحدها لن تعكس هذا الاتجاه.</p>
<blockquote>"في قرى يبعد فيها أقرب مكتب بريد 40 كيلومترًا وتنقطع فيها تغطية الهاتف باستمرار، لا يكون الموقع الإلكتروني حلًّا. يكفّ الناس عن التصويت حين يكفّون عن الاعتقاد بأن المجلس قادر على إصلاح الطريق أو شبكة الماء".</blockquote>
<p>وتعتزم الشبكة نشر 3500 ملاحظ متطوع يوم الاقتراع، مقابل 2100 في عام 2021، على أن تنشر تقييمًا أوليًا في غضون 48 ساعة من إغلاق مكاتب الاقتراع.</p>
<p>وأمام الأحزاب مهلة حتى 20 أغسطس لإيداع قوائمها. وقد أكد كلٌّ من الائتلاف الحاكم وكتل المعارضة الرئيسية أنه سيقدّم مرشحين في جميع البلديات، وهو ما لم ينجح فيه أيٌّ منها قبل خمس سنوات.</p>`,
        tags: ['انتخابات', 'الشباب'],
        imageAlt: 'موظف تسجيل يتحقق من بطاقات الهوية في وحدة متنقلة متوقفة في ساحة إحدى القرى',
      },
    },
  },
  {
    key: 'a-electoral-law',
    section: 'politics',
    author: 'sophie',
    daysAgo: 26,
    image: { from: '#2e4057', to: '#66a182', motif: 'waves' },
    related: ['a-municipal-elections'],
    translations: {
      fr: {
        title: 'Loi électorale : la commission des lois adopte la parité en tête de liste',
        slug: 'loi-electorale-parite-tete-de-liste',
        dek: 'Le projet de réforme, qui plafonne aussi les dépenses de campagne et augmente le nombre de sièges de la diaspora, sera examiné en séance plénière le mois prochain.',
        body: `<p>La commission des lois de l'Assemblée nationale a adopté jeudi, par 19 voix contre 8, un projet d'amendement de la loi électorale qui imposerait la parité non seulement sur les listes, mais aussi à leur tête. Le texte doit être débattu en séance plénière au cours de la session de printemps.</p>
<p>Concrètement, chaque parti devrait confier au moins la moitié de ses têtes de liste à des femmes sur l'ensemble des circonscriptions législatives. Aux dernières élections, seules 11 % des listes étaient conduites par une femme, et les femmes n'occupent aujourd'hui que 47 des 205 sièges de l'Assemblée.</p>
<h2>Trois changements majeurs</h2>
<ul>
<li><strong>Parité verticale et horizontale</strong> : alternance femmes-hommes sur les listes et moitié des têtes de liste pour les femmes.</li>
<li><strong>Plafond de dépenses</strong> : 150 000 dinars par liste, alors qu'il n'existe aucun plafond aujourd'hui, avec publication des comptes de campagne dans les 60 jours suivant le scrutin.</li>
<li><strong>Diaspora</strong> : le nombre de sièges réservés aux citoyens résidant à l'étranger passerait de 8 à 12.</li>
</ul>
<p>« La loi de 2014 a ouvert la porte des listes aux femmes, mais elle a laissé les partis décider qui entre en premier », a expliqué la rapporteuse du texte, Hind Zeroual, députée de Port Amalis. « Nous voulons que la parité se voie aussi sur les affiches. »</p>
<p>Plusieurs députés de la majorité ont exprimé des réserves. Pour Tarek Oussedik, élu d'une circonscription rurale de la province d'Oued Zenna, la mesure risque de « pénaliser les petits partis qui peinent déjà à constituer des listes complètes ». Un amendement visant à exempter les formations présentant moins de dix listes a été rejeté.</p>
<h2>Le chantier du financement</h2>
<p>Le plafonnement des dépenses est accueilli plus favorablement. L'association Transparence Méditerranée, qui avait estimé à 420 000 dinars les dépenses de certaines listes en 2022, salue « un premier pas », tout en regrettant l'absence de sanctions pénales : le texte prévoit seulement une amende égale au double du dépassement.</p>
<p>Les partis d'opposition, eux, réclament que le plafond s'accompagne d'un financement public des campagnes proportionnel aux voix obtenues, afin que les listes sans riches donateurs puissent au moins imprimer leurs affiches. Le gouvernement a fait savoir qu'il y était « ouvert », sans avancer de chiffre.</p>
<p>Si la réforme est adoptée, elle s'appliquerait aux élections législatives de 2028. L'Autorité électorale indépendante a indiqué qu'elle aurait besoin d'au moins six mois pour adapter ses procédures de contrôle.</p>`,
        tags: ['élections', 'parlement'],
        imageAlt:
          'Des affiches électorales superposées sur un mur de Port Amalis, dont plusieurs portent le portrait de candidates',
      },
      ar: {
        title: 'القانون الانتخابي: لجنة التشريع تقرّ المناصفة على رأس القوائم',
        slug: 'القانون-الانتخابي-المناصفة-على-رأس-القوائم',
        dek: 'مشروع الإصلاح، الذي يضع أيضًا سقفًا لنفقات الحملات ويرفع عدد مقاعد الجالية بالخارج، سيُعرض على الجلسة العامة الشهر المقبل.',
        body: `<p>صادقت لجنة التشريع العام في المجلس الوطني يوم الخميس، بأغلبية 19 صوتًا مقابل 8، على مشروع تعديل للقانون الانتخابي يفرض المناصفة لا داخل القوائم فحسب، بل على رؤوسها أيضًا. ومن المنتظر أن يُناقَش النص في جلسة عامة خلال الدورة الربيعية.</p>
<p>وبموجب المشروع، يتعيّن على كل حزب أن يُسند نصف رئاسات قوائمه على الأقل إلى نساء في مجموع الدوائر التشريعية. ففي الانتخابات الأخيرة، لم تتجاوز نسبة القوائم التي ترأستها نساء 11 في المئة، ولا تشغل النساء اليوم سوى 47 مقعدًا من أصل 205 مقاعد في المجلس.</p>
<h2>ثلاثة تغييرات رئيسية</h2>
<ul>
<li><strong>مناصفة عمودية وأفقية</strong>: تناوب بين النساء والرجال داخل القوائم، ونصف رئاسات القوائم للنساء.</li>
<li><strong>سقف للإنفاق</strong>: 150 ألف دينار لكل قائمة، في حين لا يوجد اليوم أي سقف، مع نشر حسابات الحملة في غضون 60 يومًا من الاقتراع.</li>
<li><strong>الجالية</strong>: رفع عدد المقاعد المخصصة للمواطنين المقيمين بالخارج من 8 إلى 12 مقعدًا.</li>
</ul>
<p>وقالت مقرّرة المشروع هند زروال، النائبة عن ميناء أماليس: "فتح قانون 2014 باب القوائم أمام النساء، لكنه ترك للأحزاب أن تقرّر من يتصدّرها. نريد أن تظهر المناصفة على الملصقات أيضًا".</p>
<p>وأبدى عدد من نواب الأغلبية تحفّظات على المشروع. فبحسب طارق أوصديق، النائب عن دائرة ريفية في محافظة واد زنّة، قد يؤدي هذا الإجراء إلى "معاقبة الأحزاب الصغيرة التي تجد صعوبة أصلًا في تشكيل قوائم كاملة". وقد رُفض تعديل كان يقترح إعفاء الأحزاب التي تقدّم أقل من عشر قوائم.</p>
<h2>ورشة التمويل</h2>
<p>في المقابل، لقي تسقيف النفقات ترحيبًا أوسع. فقد وصفت جمعية «شفافية المتوسط»، التي قدّرت إنفاق بعض القوائم في انتخابات 2022 بنحو 420 ألف دينار، هذه الخطوة بأنها "بداية أولى"، لكنها أسفت لغياب العقوبات الجزائية، إذ يكتفي النص بغرامة تعادل ضعف المبلغ المتجاوَز.</p>
<p>أما أحزاب المعارضة فتطالب بأن يقترن السقف بتمويل عمومي للحملات يتناسب مع عدد الأصوات المحصّل عليها، حتى تتمكن القوائم التي لا تحظى بمموّلين أثرياء من طباعة ملصقاتها على الأقل. وأبدت الحكومة "انفتاحها" على الفكرة دون أن تقدّم أي رقم.</p>
<p>وفي حال اعتماد الإصلاح، سيُطبَّق على الانتخابات التشريعية لعام 2028. وأوضحت الهيئة المستقلة للانتخابات أنها تحتاج إلى ستة أشهر على الأقل لتكييف إجراءات الرقابة لديها.</p>`,
        tags: ['انتخابات', 'البرلمان'],
        imageAlt: 'ملصقات انتخابية متراكبة على جدار في ميناء أماليس، يحمل عدد منها صور مرشحات',
      },
    },
  },
  {
    key: 'a-lobbying-register',
    section: 'politics',
    author: 'daniel',
    daysAgo: 40,
    image: { from: '#3d0c11', to: '#d4a373', motif: 'circles' },
    translations: {
      en: {
        title: 'New lobbying register lists 63 organisations in its first month',
        slug: 'lobbying-register-first-month',
        dek: "Energy companies and trade federations dominate the Assembly's first public record of who meets deputies, but campaigners say the rules leave too many gaps.",
        body: `<p>Sixty-three organisations have signed up to the National Assembly's new public register of lobbyists in the four weeks since it went live, according to figures published by the Assembly's ethics office on Friday.</p>
<p>The register, created by a resolution passed unanimously in the spring, requires any company, association or consultancy that seeks to influence legislation to declare its clients, the issues it works on and an estimate of its annual lobbying spending. Deputies must in turn log meetings with registered lobbyists on a public calendar.</p>
<h2>Who has registered</h2>
<p>Energy groups account for the largest share of declarations. Noura Energy, the consortium building the solar complex at Bir Selma, reported spending of between 500,000 and 750,000 dinars a year, the highest bracket recorded. The Federation of Exporters of Port Amalis and the National Union of Olive Growers are also among the early entrants.</p>
<ul>
<li>22 companies, 14 of them in energy or mining</li>
<li>19 professional federations and trade unions</li>
<li>13 non-governmental organisations</li>
<li>9 consultancies acting for third-party clients</li>
</ul>
<p>"This is the first time citizens can see, in one place, who is knocking on the Assembly's doors," said Malek Jaziri, the deputy who chairs the ethics committee. "It is a beginning, not a finished house."</p>
<h2>Gaps in the rules</h2>
<p>Transparency campaigners welcome the register but point to its limits. Registration is voluntary for foreign governments and their agencies, and meetings held outside the Assembly building, including in ministries, do not have to be logged. There is also no penalty for failing to register beyond a formal warning.</p>
<blockquote>"The most important conversations in Tazrit happen over lunch, not in committee rooms," said Dalia Karoui of the watchdog group Open Assembly. "Until ministers and their advisers are covered too, the picture will be partial."</blockquote>
<p>Only 38 of the Assembly's 205 deputies have so far published any meetings on their calendar. Mr Jaziri said his office would send reminders and publish a compliance table every quarter, starting in January. The full register can be consulted on the <a href="https://example.org/assembly/lobbying-register">Assembly's website</a>.</p>`,
        tags: ['parliament', 'energy', 'trade'],
        imageAlt: "Visitors' badges laid out on a reception desk at the entrance of the National Assembly",
        comments: [
          {
            name: 'Tom Ashworth',
            email: 'tom.ashworth@example.com',
            website: 'https://ashworth.example.org',
            body: '38 out of 205 is embarrassing. Publish the names of the deputies who have not logged a single meeting.',
            afterMinutes: 55,
          },
          {
            name: 'Rami Fenniche',
            email: 'rami.fenniche@example.com',
            body: 'Does the register cover lobbying by public bodies such as the port authority? They lobby too, and often more effectively than anyone.',
            afterMinutes: 400,
            status: 'pending',
          },
        ],
      },
    },
  },

  // ───────────────────────────── Economy ─────────────────────────────
  {
    key: 'a-youth-jobs',
    section: 'economy',
    author: 'sophie',
    daysAgo: 3,
    image: { from: '#0b6e4f', to: '#f2c14e', motif: 'bars' },
    translations: {
      en: {
        title: "'First Contract' scheme signs 11,200 young workers, but the interior lags behind",
        slug: 'first-contract-youth-jobs-scheme',
        dek: 'The state wage subsidy for hires under 30 has reached just over a quarter of its annual target, with nearly two-thirds of contracts signed in Tazrit and Port Amalis.',
        body: `<p>A flagship programme that pays half the salary of young workers for their first 18 months in a job has produced 11,200 contracts in its first three months, the Ministry of Labour said on Wednesday, just over a quarter of the 40,000 targeted for the year.</p>
<p>Under the <strong>First Contract</strong> scheme, private employers that hire a jobseeker aged 18 to 29 on a permanent contract receive a monthly subsidy equal to 50 per cent of the gross wage, capped at 600 dinars. The employer must keep the worker for at least a year after the subsidy ends, or repay part of it.</p>
<p>Youth unemployment stood at 27.4 per cent at the end of last year, more than double the national rate of 12.1 per cent. Among university graduates it is higher still.</p>
<h2>A map of uneven results</h2>
<p>The ministry's figures show that 63 per cent of contracts were signed in the Tazrit and Port Amalis regions, which together account for about 40 per cent of the country's young people. In Oued Zenna province, where youth unemployment exceeds 35 per cent, only 610 contracts have been signed.</p>
<p>"The scheme works where there are already companies that want to grow," said Labour Minister Rachid Amrani. "In the interior, we have to create the companies first." He announced that the subsidy would rise to 70 per cent from January for jobs created in eleven priority provinces.</p>
<blockquote>"I had sent more than 200 applications in two years. Three weeks after the scheme started, a logistics firm called me back," said Salma Idrissi, 26, who now works as a planning assistant at the port of Amalis.</blockquote>
<h2>Questions about quality</h2>
<p>Economists caution that wage subsidies can reward hiring that would have happened anyway. Anouar Benslimane, who teaches labour economics at the University of Tazrit, estimates that between a third and a half of the contracts may fall into that category.</p>
<p>"The real test comes in two years, when the subsidy stops," he said. "If most of these young people are still employed, the money will have been well spent. If not, we will have paid companies to delay the problem."</p>
<p>The ministry says it will publish retention data every six months.</p>`,
        tags: ['jobs', 'youth'],
        imageAlt: 'Young employees in high-visibility vests reviewing a schedule on a tablet at a logistics warehouse',
        comments: [
          {
            name: 'Yasmine Haddad',
            email: 'yasmine.haddad@example.com',
            body: "I'm one of the 11,200. The contract is real and I'm grateful for it, but the salary is the legal minimum and there has been no training at all.",
            afterMinutes: 25,
          },
          {
            name: 'Peter Lang',
            email: 'peter.lang@example.com',
            website: 'https://peterlang.example.com',
            body: "Good to see an economist quoted on deadweight effects. Most coverage of these schemes simply repeats the ministry's press release.",
            afterMinutes: 130,
          },
        ],
      },
      fr: {
        title: "« Premier contrat » : 11 200 jeunes embauchés, mais l'intérieur reste à la traîne",
        slug: 'premier-contrat-emploi-des-jeunes',
        dek: 'La subvention salariale publique pour les recrues de moins de 30 ans a atteint un peu plus du quart de son objectif annuel, près des deux tiers des contrats ayant été signés à Tazrit et à Port Amalis.',
        body: `<p>Le programme phare qui prend en charge la moitié du salaire des jeunes pendant leurs 18 premiers mois d'emploi a permis la signature de 11 200 contrats en trois mois, a indiqué mercredi le ministère du Travail, soit un peu plus du quart des 40 000 visés pour l'année.</p>
<p>Dans le cadre du dispositif <strong>Premier contrat</strong>, les employeurs privés qui recrutent en CDI un demandeur d'emploi âgé de 18 à 29 ans perçoivent une aide mensuelle égale à 50 % du salaire brut, plafonnée à 600 dinars. L'employeur doit garder le salarié au moins un an après la fin de l'aide, faute de quoi il doit en rembourser une partie.</p>
<p>Le chômage des jeunes atteignait 27,4 % à la fin de l'année dernière, plus du double du taux national de 12,1 %. Il est plus élevé encore chez les diplômés de l'université.</p>
<h2>Une carte des résultats très inégale</h2>
<p>Selon les chiffres du ministère, 63 % des contrats ont été signés dans les régions de Tazrit et de Port Amalis, qui regroupent environ 40 % des jeunes du pays. Dans la province d'Oued Zenna, où le chômage des jeunes dépasse 35 %, seuls 610 contrats ont été conclus.</p>
<p>« Le dispositif fonctionne là où il existe déjà des entreprises qui veulent grandir, reconnaît le ministre du Travail, Rachid Amrani. À l'intérieur, il faut d'abord créer les entreprises. » Il a annoncé que l'aide passerait à 70 % à partir de janvier pour les emplois créés dans onze provinces prioritaires.</p>
<blockquote>« J'avais envoyé plus de 200 candidatures en deux ans. Trois semaines après le lancement du programme, une entreprise de logistique m'a rappelée », raconte Salma Idrissi, 26 ans, aujourd'hui assistante de planification au port d'Amalis.</blockquote>
<h2>Des questions sur la qualité</h2>
<p>Les économistes rappellent que les subventions salariales peuvent récompenser des embauches qui auraient eu lieu de toute façon. Anouar Benslimane, qui enseigne l'économie du travail à l'université de Tazrit, estime qu'entre un tiers et la moitié des contrats pourraient relever de cet « effet d'aubaine ».</p>
<p>« Le vrai test viendra dans deux ans, quand l'aide s'arrêtera, prévient-il. Si la plupart de ces jeunes sont toujours en poste, l'argent aura été bien dépensé. Sinon, nous aurons payé les entreprises pour repousser le problème. »</p>
<p>Le ministère indique qu'il publiera tous les six mois des données sur le maintien dans l'emploi.</p>`,
        tags: ['emploi', 'jeunesse'],
        imageAlt:
          'De jeunes salariés en gilet de sécurité consultent un planning sur une tablette dans un entrepôt logistique',
      },
      ar: {
        title: 'برنامج «العقد الأول» يوظّف 11200 شاب والمناطق الداخلية متأخرة عن الركب',
        slug: 'برنامج-العقد-الأول-لتشغيل-الشباب',
        dek: 'بلغ الدعم الحكومي لأجور المنتدَبين دون الثلاثين ما يزيد قليلًا على ربع هدفه السنوي، وتركّز نحو ثلثي العقود في تازريت وميناء أماليس.',
        body: `<p>أعلنت وزارة التشغيل يوم الأربعاء أن البرنامج الرئيسي الذي تتكفّل بموجبه الدولة بنصف أجور الشباب خلال الأشهر الثمانية عشر الأولى من عملهم أتاح توقيع 11200 عقد في أشهره الثلاثة الأولى، أي ما يزيد قليلًا على ربع الهدف المحدد للعام والبالغ 40 ألف عقد.</p>
<p>وفي إطار برنامج <strong>«العقد الأول»</strong>، يحصل أصحاب العمل في القطاع الخاص الذين ينتدبون باحثًا عن عمل يتراوح عمره بين 18 و29 عامًا بعقد غير محدد المدة على منحة شهرية تعادل 50 في المئة من الأجر الخام، في حدود 600 دينار. ويتعيّن على المشغّل الإبقاء على العامل سنة على الأقل بعد انتهاء المنحة، وإلا أُلزم بإرجاع جزء منها.</p>
<p>وقد بلغت نسبة البطالة في صفوف الشباب 27.4 في المئة في نهاية العام الماضي، أي أكثر من ضعف المعدل الوطني البالغ 12.1 في المئة، وهي أعلى من ذلك لدى خرّيجي الجامعات.</p>
<h2>خريطة نتائج متفاوتة</h2>
<p>وتُظهر أرقام الوزارة أن 63 في المئة من العقود وُقّعت في جهتي تازريت وميناء أماليس، اللتين تضمّان نحو 40 في المئة من شباب البلاد. أما في محافظة واد زنّة، حيث تتجاوز بطالة الشباب 35 في المئة، فلم يُوقَّع سوى 610 عقود.</p>
<p>وقال وزير التشغيل رشيد العمراني: "ينجح البرنامج حيث توجد أصلًا شركات تريد أن تتوسّع. أما في الداخل، فعلينا أن ننشئ الشركات أولًا". وأعلن أن المنحة سترتفع إلى 70 في المئة ابتداءً من يناير بالنسبة إلى مواطن الشغل المحدَثة في إحدى عشرة محافظة ذات أولوية.</p>
<blockquote>"أرسلتُ أكثر من 200 طلب عمل خلال عامين. وبعد ثلاثة أسابيع من انطلاق البرنامج، اتصلت بي شركة للخدمات اللوجستية"، تقول سلمى الإدريسي، 26 عامًا، التي تعمل اليوم مساعدةً في التخطيط بميناء أماليس.</blockquote>
<h2>تساؤلات حول الجدوى</h2>
<p>ويُنبّه الاقتصاديون إلى أن دعم الأجور قد يكافئ انتدابات كانت ستحدث في كل الأحوال. ويقدّر أنور بن سليمان، أستاذ اقتصاد العمل في جامعة تازريت، أن ما بين ثلث العقود ونصفها قد يندرج ضمن هذه الفئة.</p>
<p>ويضيف: "الاختبار الحقيقي سيأتي بعد عامين، عندما تتوقف المنحة. فإذا ظلّ معظم هؤلاء الشباب في وظائفهم، فستكون الأموال قد أُنفقت في محلّها. وإلا فسنكون قد دفعنا للشركات كي تؤجّل المشكلة لا أكثر".</p>
<p>وتقول الوزارة إنها ستنشر كل ستة أشهر بيانات عن مدى احتفاظ الشباب المنتدَبين بوظائفهم.</p>`,
        tags: ['التشغيل', 'الشباب'],
        imageAlt: 'موظفون شبان يرتدون سترات عاكسة يراجعون جدول العمل على لوح إلكتروني داخل مستودع لوجستي',
      },
    },
  },
  {
    key: 'a-solar-plant',
    section: 'economy',
    author: 'daniel',
    daysAgo: 10,
    image: { from: '#f4a261', to: '#e76f51', motif: 'sun' },
    translations: {
      en: {
        title: 'Bir Selma solar plant begins feeding the grid',
        slug: 'bir-selma-solar-plant-grid',
        dek: "The first 220-megawatt phase of the desert complex could supply about 6 per cent of the country's electricity, but residents want more of the benefits to stay local.",
        body: `<p>The first phase of the Bir Selma solar complex began supplying the national grid on Sunday, six weeks ahead of schedule, making it the largest renewable power installation in the country.</p>
<p>The 220-megawatt plant, spread over 1,100 hectares of stony plateau 30 kilometres east of Bir Selma, is expected to generate about 560 gigawatt-hours a year, roughly <strong>6 per cent</strong> of national electricity demand. It was built for 1.9 billion dinars by Noura Energy, a consortium in which the state power utility holds a 35 per cent stake.</p>
<p>"Every kilowatt-hour from Bir Selma is one we do not have to produce by burning imported gas," said Noura Energy's chief executive, Walid Cherif, at the inauguration. The utility says the plant will cut gas imports by about 110 million cubic metres a year.</p>
<h2>Jobs and water</h2>
<p>Construction employed up to 640 workers at its peak, about half of them from Bir Selma and surrounding villages. Once fully running, the plant will need 85 permanent staff, mainly technicians and security guards.</p>
<p>Water was one of the most sensitive questions during planning. Conventional panel cleaning would have required around 90,000 cubic metres a year from an aquifer that local farmers already say is shrinking. Noura Energy instead uses waterless robots that brush dust from the panels each night, with manual washing limited to periods after sandstorms.</p>
<blockquote>"They promised us that not one drop would be taken from our wells, and so far that has been true," said Brahim Ould Salem, who keeps a herd of 80 goats near the perimeter fence. "But our grazing land is smaller now, and nobody has spoken to us about that."</blockquote>
<h2>What comes next</h2>
<p>A second phase of 280 megawatts, which would include battery storage for evening peaks, is due to be tendered next year. The mayor of Bir Selma, Fatima Zahra Belaid, is pressing for a share of the plant's revenue to be paid into a local development fund.</p>
<p>"The sun is ours," she said. "We are asking for a school and a clinic in return, not a favour."</p>
<p>The energy ministry has said it will present a draft law on local benefit sharing for renewable projects before the summer.</p>`,
        tags: ['energy', 'jobs'],
        imageAlt: 'Rows of solar panels stretching towards the horizon on a stony desert plateau near Bir Selma',
      },
      fr: {
        title: 'La centrale solaire de Bir Selma commence à alimenter le réseau',
        slug: 'centrale-solaire-bir-selma-reseau',
        dek: 'La première tranche de 220 mégawatts du complexe désertique pourrait couvrir environ 6 % de la consommation électrique du pays, mais les habitants veulent que davantage de retombées restent sur place.',
        body: `<p>La première tranche du complexe solaire de Bir Selma a commencé dimanche à injecter de l'électricité dans le réseau national, avec six semaines d'avance sur le calendrier, devenant ainsi la plus grande installation d'énergie renouvelable du pays.</p>
<p>La centrale de 220 mégawatts, étendue sur 1 100 hectares de plateau caillouteux à 30 kilomètres à l'est de Bir Selma, devrait produire quelque 560 gigawattheures par an, soit environ <strong>6 %</strong> de la demande nationale. Elle a coûté 1,9 milliard de dinars et a été construite par Noura Energy, un consortium dont la compagnie publique d'électricité détient 35 %.</p>
<p>« Chaque kilowattheure produit à Bir Selma est un kilowattheure que nous n'avons pas à produire en brûlant du gaz importé », a souligné le directeur général de Noura Energy, Walid Cherif, lors de l'inauguration. Selon la compagnie d'électricité, la centrale réduira les importations de gaz d'environ 110 millions de mètres cubes par an.</p>
<h2>Emplois et eau</h2>
<p>Le chantier a employé jusqu'à 640 ouvriers au plus fort des travaux, dont la moitié environ venaient de Bir Selma et des villages voisins. En régime de croisière, la centrale n'aura besoin que de 85 salariés permanents, principalement des techniciens et des agents de sécurité.</p>
<p>L'eau a été l'une des questions les plus sensibles lors de la conception du projet. Un nettoyage classique des panneaux aurait exigé environ 90 000 mètres cubes par an, prélevés dans une nappe dont les agriculteurs disent déjà qu'elle s'épuise. Noura Energy a opté pour des robots qui dépoussièrent les panneaux chaque nuit sans eau, le lavage manuel étant réservé aux lendemains de tempête de sable.</p>
<blockquote>« Ils nous avaient promis de ne pas prendre une goutte à nos puits, et jusqu'ici c'est vrai, reconnaît Brahim Ould Salem, qui élève 80 chèvres près de la clôture du site. Mais nos pâturages ont rétréci, et personne ne nous en a parlé. »</blockquote>
<h2>La suite</h2>
<p>Une deuxième tranche de 280 mégawatts, qui comprendrait un stockage par batteries pour les pointes du soir, doit faire l'objet d'un appel d'offres l'an prochain. La maire de Bir Selma, Fatima Zahra Belaid, plaide pour qu'une partie des recettes de la centrale alimente un fonds de développement local.</p>
<p>« Le soleil nous appartient, dit-elle. Nous demandons une école et un dispensaire en retour, pas une faveur. »</p>
<p>Le ministère de l'Énergie a annoncé qu'il présenterait avant l'été un projet de loi sur le partage local des bénéfices des projets renouvelables.</p>`,
        tags: ['énergie', 'emploi'],
        imageAlt:
          "Des rangées de panneaux solaires s'étendent jusqu'à l'horizon sur un plateau désertique près de Bir Selma",
      },
      ar: {
        title: 'محطة بئر سلمى الشمسية تبدأ تزويد الشبكة الوطنية بالكهرباء',
        slug: 'محطة-بئر-سلمى-الشمسية',
        dek: 'قد تغطي المرحلة الأولى من المجمّع الصحراوي بقدرة 220 ميغاواط نحو 6 في المئة من استهلاك البلاد من الكهرباء، لكن السكان يريدون أن يبقى جزء أكبر من عائداتها في المنطقة.',
        body: `<p>بدأت المرحلة الأولى من مجمّع بئر سلمى للطاقة الشمسية يوم الأحد تزويد الشبكة الوطنية بالكهرباء، متقدّمة بستة أسابيع على الجدول الزمني المحدد، لتصبح أكبر منشأة للطاقة المتجددة في البلاد.</p>
<p>ومن المتوقع أن تنتج المحطة، التي تبلغ قدرتها 220 ميغاواط وتمتد على 1100 هكتار من هضبة حجرية على بعد 30 كيلومترًا شرق بئر سلمى، نحو 560 غيغاواط ساعة سنويًا، أي قرابة <strong>6 في المئة</strong> من الطلب الوطني على الكهرباء. وقد بلغت كلفتها 1.9 مليار دينار، وشيّدها كونسورتيوم «نورة للطاقة» الذي تملك فيه الشركة العمومية للكهرباء حصة قدرها 35 في المئة.</p>
<p>وقال المدير العام لـ«نورة للطاقة» وليد الشريف خلال حفل التدشين: "كل كيلوواط ساعة ننتجه في بئر سلمى هو كيلوواط ساعة لا نحتاج إلى إنتاجه بحرق الغاز المستورد". وتقول شركة الكهرباء إن المحطة ستخفض واردات الغاز بنحو 110 ملايين متر مكعب سنويًا.</p>
<h2>الوظائف والمياه</h2>
<p>وشغّلت أشغال البناء في ذروتها ما يصل إلى 640 عاملًا، نصفهم تقريبًا من بئر سلمى والقرى المجاورة. أما بعد التشغيل الكامل، فلن تحتاج المحطة إلا إلى 85 موظفًا دائمًا، أغلبهم من التقنيين وأعوان الحراسة.</p>
<p>وكانت المياه من أكثر المسائل حساسية أثناء التخطيط للمشروع؛ إذ كان التنظيف التقليدي للألواح سيتطلّب نحو 90 ألف متر مكعب سنويًا من طبقة مائية جوفية يقول المزارعون إنها تتناقص أصلًا. ولذلك اعتمدت الشركة روبوتات تزيل الغبار عن الألواح كل ليلة دون ماء، على أن يقتصر الغسل اليدوي على الفترات التي تعقب العواصف الرملية.</p>
<blockquote>"وعدونا بألا يأخذوا قطرة واحدة من آبارنا، وحتى الآن وفوا بوعدهم"، يقول إبراهيم ولد سالم، الذي يربّي قطيعًا من 80 رأسًا من الماعز قرب السياج المحيط بالموقع. "لكن مراعينا صارت أضيق، ولم يحدّثنا أحد عن ذلك".</blockquote>
<h2>ماذا بعد؟</h2>
<p>ومن المقرر أن تُطرح في العام المقبل مناقصة المرحلة الثانية، بقدرة 280 ميغاواط، والتي تشمل بطاريات تخزين لتغطية ذروة الاستهلاك المسائية. وتضغط رئيسة بلدية بئر سلمى، فاطمة الزهراء بلعيد، من أجل تخصيص جزء من عائدات المحطة لصندوق تنمية محلي.</p>
<p>وتقول: "الشمس شمسنا. نحن نطلب مدرسة ومستوصفًا في المقابل، ولا نطلب معروفًا".</p>
<p>وأعلنت وزارة الطاقة أنها ستقدّم قبل الصيف مشروع قانون حول تقاسم المنافع محليًا في مشاريع الطاقة المتجددة.</p>`,
        tags: ['الطاقة', 'التشغيل'],
        imageAlt: 'صفوف من الألواح الشمسية تمتد حتى الأفق فوق هضبة صحراوية حجرية قرب بئر سلمى',
        comments: [
          {
            name: 'عبد الرحمن الصالحي',
            email: 'abderrahmane.salhi@example.com',
            website: 'https://salhi-blog.example.org',
            body: 'خبر مفرح أخيرًا. نتمنى أن تكون المرحلة الثانية مصحوبة بتكوين مهني لشباب المنطقة، حتى لا تذهب الوظائف التقنية كلها إلى القادمين من العاصمة.',
            afterMinutes: 80,
          },
        ],
      },
    },
  },
  {
    key: 'a-port-trade',
    section: 'economy',
    author: 'leila',
    daysAgo: 22,
    image: { from: '#023e8a', to: '#48cae4', motif: 'waves' },
    // A desk story built on wire copy: the byline is the credit alone.
    credit: { en: 'Maydan + Agencies', fr: 'Maydan + agences', ar: 'ميدان + وكالات' },
    creditOnly: true,
    translations: {
      en: {
        title: 'Port Amalis container traffic rises 14%, but cargo waits longer at customs',
        slug: 'port-amalis-container-traffic-customs',
        dek: "Record volumes through the country's main port have exposed bottlenecks that exporters say are costing them contracts.",
        body: `<p>Container traffic through Port Amalis rose 14 per cent in the first nine months of the year to 1.04 million twenty-foot equivalent units (TEU), putting the port on course for a record annual total of about 1.38 million, the Amalis Port Authority said on Thursday.</p>
<p>The increase was driven mainly by the new East Terminal, which opened in February with four ship-to-shore cranes and a quay long enough for vessels carrying up to 14,000 TEU. Shipping lines have added two weekly services to southern Europe and one to West Africa since the spring.</p>
<h2>What is moving</h2>
<ul>
<li>Exports of fresh tomatoes and peppers rose 21 per cent, mostly to European markets.</li>
<li>Phosphate fertiliser shipments were up 9 per cent.</li>
<li>Textile and clothing exports were flat, reflecting weaker orders from European retailers.</li>
<li>Imports of machinery and solar equipment rose sharply, partly because of the Bir Selma project.</li>
</ul>
<h2>The customs bottleneck</h2>
<p>Faster cranes have not meant faster clearance. The average time a container spends in the port before leaving, known as dwell time, rose to 6.2 days from 5.1 days a year ago, well above the authority's target of four days.</p>
<p>"We can unload a ship in a day and a half, and then the box sits for a week waiting for a stamp," said Lotfi Gharbi, who heads the Federation of Exporters of Port Amalis. He said two of his members had lost contracts with Spanish supermarket chains this summer because produce arrived late.</p>
<p>Customs officials say the delays reflect a shortage of inspectors and scanners, not paperwork. Only two of the port's five container scanners are currently working, according to the customs officers' union.</p>
<blockquote>"We have 140 inspectors for a port that has doubled in size in ten years," said Amel Sassi, a union representative. "Nobody should be surprised."</blockquote>
<p>The government has promised that a single electronic window, allowing traders to file all import and export documents online, will be fully operational by mid-2027. A pilot covering refrigerated cargo has already cut clearance times for fruit and vegetables to under two days, the port authority says.</p>
<p>For now, some exporters are routing goods through smaller ports further along the coast, despite higher transport costs.</p>`,
        tags: ['trade', 'jobs'],
        imageAlt: 'Gantry cranes unloading a container ship at the new East Terminal of Port Amalis at dusk',
      },
      ar: {
        title: 'حركة الحاويات في ميناء أماليس ترتفع 14% والبضائع تنتظر أطول في الجمارك',
        slug: 'حركة-الحاويات-في-ميناء-أماليس',
        dek: 'كشفت الأحجام القياسية التي عبرت الميناء الرئيسي في البلاد عن اختناقات يقول المصدّرون إنها تكلّفهم صفقات.',
        body: `<p>ارتفعت حركة الحاويات في ميناء أماليس بنسبة 14 في المئة خلال الأشهر التسعة الأولى من العام لتبلغ 1.04 مليون حاوية نمطية (20 قدمًا)، ما يضع الميناء على طريق تسجيل رقم سنوي قياسي يقارب 1.38 مليون حاوية، وفق ما أعلنته سلطة ميناء أماليس يوم الخميس.</p>
<p>ويعود هذا الارتفاع أساسًا إلى المحطة الشرقية الجديدة التي افتُتحت في فبراير، وهي مجهّزة بأربع رافعات رصيف وبرصيف يتّسع لسفن تصل حمولتها إلى 14 ألف حاوية. وأضافت شركات الملاحة منذ الربيع خطّين أسبوعيين نحو جنوب أوروبا وخطًّا ثالثًا نحو غرب أفريقيا.</p>
<h2>ما الذي يعبر الميناء؟</h2>
<ul>
<li>ارتفعت صادرات الطماطم والفلفل الطازج بنسبة 21 في المئة، معظمها نحو الأسواق الأوروبية.</li>
<li>زادت شحنات الأسمدة الفوسفاتية بنسبة 9 في المئة.</li>
<li>استقرت صادرات النسيج والملابس، في ظل تراجع طلبيات تجّار التجزئة الأوروبيين.</li>
<li>ارتفعت واردات الآلات والتجهيزات الشمسية ارتفاعًا حادًا، ويعود ذلك جزئيًا إلى مشروع بئر سلمى.</li>
</ul>
<h2>عنق الزجاجة في الجمارك</h2>
<p>غير أن سرعة الرافعات لم تنعكس على سرعة التخليص. فقد ارتفع متوسط المدة التي تقضيها الحاوية في الميناء قبل مغادرته إلى 6.2 أيام، مقابل 5.1 أيام قبل عام، وهو ما يتجاوز بكثير الهدف الذي حددته السلطة بأربعة أيام.</p>
<p>ويقول لطفي الغربي، رئيس جامعة مصدّري ميناء أماليس: "نستطيع تفريغ سفينة في يوم ونصف، ثم تبقى الحاوية أسبوعًا كاملًا في انتظار ختم". وأوضح أن اثنين من أعضاء الجامعة خسرا هذا الصيف عقودًا مع سلاسل متاجر إسبانية بسبب وصول المنتجات متأخرة.</p>
<p>ويؤكد مسؤولو الجمارك أن التأخير يعود إلى نقص المفتشين وأجهزة الفحص، لا إلى الإجراءات الورقية. فبحسب نقابة أعوان الجمارك، لا يعمل حاليًا سوى جهازين من أصل خمسة أجهزة لفحص الحاويات في الميناء.</p>
<blockquote>"لدينا 140 مفتشًا في ميناء تضاعف حجمه خلال عشر سنوات. لا ينبغي أن يتفاجأ أحد"، تقول أمل السّاسي، ممثلة النقابة.</blockquote>
<p>وتعهّدت الحكومة بأن تصبح النافذة الإلكترونية الموحدة، التي تتيح للتجار إيداع جميع وثائق الاستيراد والتصدير عبر الإنترنت، عاملة بالكامل بحلول منتصف عام 2027. وتقول سلطة الميناء إن تجربة نموذجية شملت البضائع المبرّدة قلّصت بالفعل مدة تخليص الخضر والغلال إلى أقل من يومين.</p>
<p>وفي الوقت الراهن، بات بعض المصدّرين يوجّهون بضائعهم عبر موانئ أصغر على امتداد الساحل، رغم ارتفاع تكاليف النقل.</p>`,
        tags: ['التجارة', 'التشغيل'],
        imageAlt: 'رافعات جسرية تفرغ سفينة حاويات عند المحطة الشرقية الجديدة في ميناء أماليس وقت الغروب',
      },
    },
  },
  {
    key: 'a-olive-oil-exports',
    section: 'economy',
    author: 'karim',
    daysAgo: 35,
    image: { from: '#606c38', to: '#dda15e', motif: 'sun' },
    related: ['a-port-trade'],
    credit: { ar: 'وكالات' },
    translations: {
      ar: {
        title: 'صادرات زيت الزيتون تسجّل رقمًا قياسيًا رغم الجفاف',
        slug: 'صادرات-زيت-الزيتون-رقم-قياسي',
        dek: 'بلغت الصادرات 142 ألف طن خلال الموسم المنقضي بفضل ارتفاع الأسعار العالمية، لكن صغار الفلاحين في واد زنّة يقولون إنهم لم يجنوا ثمار هذه الطفرة.',
        body: `<p>أعلن الديوان الوطني للزيت يوم الاثنين أن صادرات البلاد من زيت الزيتون بلغت 142 ألف طن خلال الموسم الفلاحي المنقضي، وهو أعلى مستوى منذ بدء التسجيل، بعائدات ناهزت 2.7 مليار دينار، أي بزيادة قدرها 38 في المئة مقارنة بالموسم السابق.</p>
<p>ويعود هذا الارتفاع أساسًا إلى صعود الأسعار في الأسواق العالمية بعد تراجع الإنتاج في عدد من البلدان المنافسة على الضفة الشمالية للمتوسط، إذ تجاوز سعر الطن الواحد من الزيت البكر الممتاز عند التصدير 19 ألف دينار في ذروة الموسم.</p>
<h2>وفرة في الموانئ وعطش في الحقول</h2>
<p>غير أن الأرقام القياسية تخفي واقعًا أكثر تعقيدًا في الحقول. فقد تراجع إنتاج الزيتون في محافظة واد زنّة، التي توفّر قرابة ربع المحصول الوطني، بنسبة 17 في المئة بسبب موسم ثالث على التوالي من شحّ الأمطار، التي لم تتجاوز 190 ملّيمترًا في المتوسط.</p>
<p>ويقول الطاهر بوزيد، رئيس تعاضدية «الزيتونة الخضراء» التي تضم 420 فلاحًا صغيرًا في ضواحي واد زنّة: "باع أغلبنا الزيتون للمعاصر في بداية الموسم بأسعار متواضعة، لأننا كنا في حاجة إلى السيولة. أما الأرباح الكبيرة فذهبت إلى من يملك المخازن ويستطيع الانتظار".</p>
<blockquote>"الفلاح الصغير يبيع بالكيلوغرام، والمصدّر يبيع بالحاوية. والفارق بينهما هو الطفرة كلها"، يضيف بوزيد.</blockquote>
<h2>رهان التعليب والعلامة التجارية</h2>
<p>ولا يزال نحو 85 في المئة من الصادرات يُشحن سائبًا في صهاريج عبر ميناء أماليس، ليُعبَّأ ويُباع لاحقًا تحت علامات أجنبية. وتسعى وزارة الفلاحة إلى رفع حصة الزيت المعلّب إلى 30 في المئة بحلول عام 2030، عبر منحة تغطي 40 في المئة من كلفة خطوط التعبئة للشركات الصغيرة والمتوسطة.</p>
<p>وترى الخبيرة في الاقتصاد الزراعي سناء المرزوقي أن "كل لتر يُصدَّر معلّبًا يترك في البلاد ضعف القيمة المضافة تقريبًا"، لكنها تحذّر من أن الاستثمار في العلامات التجارية لن يكفي إذا لم تُعالَج مسألة المياه من جذورها.</p>
<ul>
<li>تغطي أشجار الزيتون نحو 1.8 مليون هكتار، أي قرابة ثلث الأراضي الفلاحية.</li>
<li>يعيش من هذا القطاع، بشكل مباشر أو غير مباشر، أكثر من 300 ألف أسرة.</li>
<li>لا تتجاوز نسبة البساتين المروية 9 في المئة.</li>
</ul>
<p>ويطالب الاتحاد الوطني لمنتجي الزيتون بإحداث صندوق لضمان الأسعار يحمي صغار المنتجين من تقلبات السوق، وهو مقترح قالت الوزارة إنها "تدرسه بجدية" دون أن تحدد موعدًا للبتّ فيه.</p>`,
        tags: ['التجارة', 'التشغيل'],
        imageAlt: 'فلاح يجني الزيتون يدويًا من شجرة معمّرة في بستان بضواحي واد زنّة',
      },
    },
  },

  // ───────────────────────────── Culture ─────────────────────────────
  {
    key: 'a-film-days',
    section: 'culture',
    author: 'karim',
    daysAgo: 7,
    image: { from: '#14213d', to: '#e63946', motif: 'circles' },
    translations: {
      en: {
        title: "Debut feature 'Salt Roads' wins the Golden Falcon at Tazrit Film Days",
        slug: 'salt-roads-golden-falcon-tazrit-film-days',
        dek: 'The 31st edition of the festival drew a record 52,000 admissions and reopened the restored Cinema Atlas after fourteen years of closure.',
        body: `<p>Ines Marzouk's first feature, <em>Salt Roads</em>, won the Golden Falcon for best film at the 31st Tazrit Film Days on Saturday night, crowning a week in which the festival sold more tickets than at any time in its history.</p>
<p>The film follows two sisters who drive a lorry of sea salt from the lagoons near Port Amalis to the markets of the interior, over four days and a single, unbroken family argument. The jury, chaired by the veteran cinematographer Aziz Benmoussa, praised its "patience, humour and refusal to explain too much".</p>
<p>"I wrote this film for my mother and my aunt, who never forgave each other and never stopped calling each other every night," Marzouk, 34, said as she accepted the award, which carries a prize of 80,000 dinars.</p>
<h2>Other winners</h2>
<ul>
<li>Best director: Omar Taleb for <em>The Quiet Quarter</em>, shot in the medina of Zaghrane.</li>
<li>Best documentary: <em>Nets</em>, by the collective Bahr Films, about the last wooden fishing boats of the southern coast.</li>
<li>Best actress: Rim Ayadi, for <em>Salt Roads</em>.</li>
<li>Audience award: <em>Wedding Season</em>, a comedy by Nabil Slimani.</li>
</ul>
<p>This year's programme included 64 films from 19 countries, with a strong presence of productions from across the Mediterranean and West Africa. Organisers reported 52,000 admissions, up from 41,000 last year, helped by a decision to cut the student ticket price to 5 dinars.</p>
<h2>A cinema comes back to life</h2>
<p>The festival also marked the reopening of the <strong>Cinema Atlas</strong>, a 1950s picture palace on Avenue de la Mer that had been closed since 2012. Its restoration, funded by the city of Tazrit and a group of private donors, cost 18 million dinars and preserved the original mosaic façade and balcony.</p>
<blockquote>"Half of Tazrit had its first date in this room," said the festival's director, Mounir Chebbi. "Giving it back to the city matters more than any prize."</blockquote>
<p>The Atlas will now operate year-round as a 420-seat arthouse venue, screening national films at least three days a week. The culture ministry says the model could be repeated in four other cities, where a dozen historic cinemas remain shuttered.</p>`,
        tags: ['festival', 'cinema', 'heritage'],
        imageAlt: 'Director Ines Marzouk raising the Golden Falcon trophy on the stage of the restored Cinema Atlas',
      },
      fr: {
        title:
          "Premier long métrage, « Les Routes du sel » remporte le Faucon d'or des Journées cinématographiques de Tazrit",
        slug: 'routes-du-sel-faucon-d-or-tazrit',
        dek: 'La 31e édition du festival a enregistré un record de 52 000 entrées et rouvert le cinéma Atlas, restauré après quatorze ans de fermeture.',
        body: `<p>Premier long métrage d'Ines Marzouk, <em>Les Routes du sel</em> a remporté samedi soir le Faucon d'or du meilleur film aux 31es Journées cinématographiques de Tazrit, couronnant une semaine au cours de laquelle le festival a vendu plus de billets qu'à aucun autre moment de son histoire.</p>
<p>Le film suit deux sœurs qui conduisent un camion de sel marin depuis les lagunes de Port Amalis jusqu'aux marchés de l'intérieur, le temps de quatre jours et d'une seule et interminable dispute familiale. Le jury, présidé par le chef opérateur chevronné Aziz Benmoussa, a salué « sa patience, son humour et son refus de trop expliquer ».</p>
<p>« J'ai écrit ce film pour ma mère et ma tante, qui ne se sont jamais pardonné et ne se sont jamais arrêtées de s'appeler chaque soir », a déclaré Ines Marzouk, 34 ans, en recevant le prix, doté de 80 000 dinars.</p>
<h2>Les autres lauréats</h2>
<ul>
<li>Meilleure réalisation : Omar Taleb pour <em>Le Quartier tranquille</em>, tourné dans la médina de Zaghrane.</li>
<li>Meilleur documentaire : <em>Filets</em>, du collectif Bahr Films, sur les dernières barques de pêche en bois de la côte sud.</li>
<li>Meilleure actrice : Rim Ayadi, pour <em>Les Routes du sel</em>.</li>
<li>Prix du public : <em>La Saison des mariages</em>, comédie de Nabil Slimani.</li>
</ul>
<p>La programmation de cette année comptait 64 films venus de 19 pays, avec une forte présence de productions du pourtour méditerranéen et d'Afrique de l'Ouest. Les organisateurs font état de 52 000 entrées, contre 41 000 l'an dernier, un succès favorisé par la baisse du billet étudiant à 5 dinars.</p>
<h2>Une salle renaît</h2>
<p>Le festival a aussi marqué la réouverture du <strong>cinéma Atlas</strong>, palais du cinéma des années 1950 situé avenue de la Mer et fermé depuis 2012. Sa restauration, financée par la ville de Tazrit et un groupe de mécènes, a coûté 18 millions de dinars et a préservé la façade en mosaïque et le balcon d'origine.</p>
<blockquote>« La moitié de Tazrit a eu son premier rendez-vous amoureux dans cette salle, a rappelé le directeur du festival, Mounir Chebbi. La rendre à la ville compte plus que n'importe quel prix. »</blockquote>
<p>L'Atlas fonctionnera désormais toute l'année comme salle d'art et d'essai de 420 places, avec des films nationaux à l'affiche au moins trois jours par semaine. Le ministère de la Culture estime que le modèle pourrait être reproduit dans quatre autres villes, où une douzaine de cinémas historiques restent fermés.</p>`,
        tags: ['festival', 'cinéma', 'patrimoine'],
        imageAlt: "La réalisatrice Ines Marzouk brandit le Faucon d'or sur la scène du cinéma Atlas restauré",
        comments: [
          {
            name: 'Sonia Benali',
            email: 'sonia.benali@example.com',
            body: "Vu « Les Routes du sel » à l'Atlas jeudi : toute la salle riait et pleurait en même temps. Prix amplement mérité.",
            afterMinutes: 90,
          },
          {
            name: 'Antoine Ferrand',
            email: 'antoine.ferrand@example.com',
            website: 'https://cineclub-ferrand.example.fr',
            body: "Bravo pour la réouverture de l'Atlas.\nEspérons que la programmation tienne toute l'année, et pas seulement pendant la semaine du festival.",
            afterMinutes: 240,
          },
        ],
      },
      ar: {
        title: '«طرق الملح»، أول فيلم روائي لمخرجته، يفوز بالصقر الذهبي في أيام تازريت السينمائية',
        slug: 'طرق-الملح-الصقر-الذهبي-أيام-تازريت',
        dek: 'سجّلت الدورة الحادية والثلاثون للمهرجان رقمًا قياسيًا بلغ 52 ألف تذكرة، وأعادت فتح سينما «أطلس» بعد ترميمها إثر أربعة عشر عامًا من الإغلاق.',
        body: `<p>فاز فيلم <em>«طرق الملح»</em>، أول فيلم روائي طويل للمخرجة إيناس مرزوق، مساء السبت بجائزة الصقر الذهبي لأفضل فيلم في الدورة الحادية والثلاثين لأيام تازريت السينمائية، تتويجًا لأسبوع باع فيه المهرجان تذاكر أكثر من أي وقت مضى في تاريخه.</p>
<p>ويتتبّع الفيلم شقيقتين تقودان شاحنة محمّلة بملح البحر من سبخات ميناء أماليس إلى أسواق الداخل، على مدى أربعة أيام وشجار عائلي واحد لا ينقطع. وأشادت لجنة التحكيم، التي ترأسها مدير التصوير المخضرم عزيز بن موسى، بـ"صبر الفيلم وروح الدعابة فيه ورفضه الإفراط في الشرح".</p>
<p>وقالت مرزوق، البالغة من العمر 34 عامًا، وهي تتسلّم الجائزة التي تبلغ قيمتها 80 ألف دينار: "كتبتُ هذا الفيلم لأمي وخالتي، اللتين لم تسامح إحداهما الأخرى قط، ولم تتوقّفا قط عن الاتصال ببعضهما كل ليلة".</p>
<h2>بقية المتوّجين</h2>
<ul>
<li>أفضل إخراج: عمر طالب عن فيلم <em>«الحي الهادئ»</em> الذي صُوّر في مدينة زغران العتيقة.</li>
<li>أفضل فيلم وثائقي: <em>«شِباك»</em> لمجموعة «بحر فيلمز»، عن آخر قوارب الصيد الخشبية على الساحل الجنوبي.</li>
<li>أفضل ممثلة: ريم العيّادي عن دورها في <em>«طرق الملح»</em>.</li>
<li>جائزة الجمهور: <em>«موسم الأعراس»</em>، وهو فيلم كوميدي لنبيل سليماني.</li>
</ul>
<p>وضمّ برنامج هذا العام 64 فيلمًا من 19 بلدًا، مع حضور لافت لإنتاجات من حوض المتوسط وغرب أفريقيا. وأعلن المنظّمون عن بيع 52 ألف تذكرة مقابل 41 ألفًا في العام الماضي، وهو إقبال ساعد عليه قرار خفض سعر تذكرة الطلبة إلى 5 دنانير.</p>
<h2>قاعة تعود إلى الحياة</h2>
<p>وشهد المهرجان أيضًا إعادة افتتاح <strong>سينما «أطلس»</strong>، وهي قاعة عرض فخمة تعود إلى خمسينيات القرن الماضي في شارع البحر، ظلت مغلقة منذ عام 2012. وقد كلّف ترميمها، الذي موّلته بلدية تازريت ومجموعة من المتبرعين الخواص، 18 مليون دينار، وحافظ على واجهتها الفسيفسائية وشرفتها الأصليتين.</p>
<blockquote>"نصف سكان تازريت عاشوا أول موعد غرامي لهم في هذه القاعة"، قال مدير المهرجان منير الشابي. "إعادتها إلى المدينة أهمّ من أي جائزة".</blockquote>
<p>وستعمل «أطلس» من الآن فصاعدًا طوال السنة قاعةً لسينما المؤلف تتّسع لـ420 مقعدًا، وتعرض الأفلام الوطنية ثلاثة أيام في الأسبوع على الأقل. وترى وزارة الثقافة أن هذه التجربة يمكن تكرارها في أربع مدن أخرى ما زالت فيها نحو اثنتي عشرة قاعة سينما تاريخية مغلقة.</p>`,
        tags: ['مهرجان', 'سينما', 'التراث'],
        imageAlt: 'المخرجة إيناس مرزوق ترفع كأس الصقر الذهبي على خشبة سينما «أطلس» بعد ترميمها',
      },
    },
  },
  {
    key: 'a-medina-housing',
    section: 'culture',
    author: 'leila',
    daysAgo: 18,
    image: { from: '#b5651d', to: '#f1e3c8', motif: 'grid' },
    correction: {
      afterHours: 26,
      notes: {
        en: 'An earlier version of this story said the restoration fund was launched five years ago. It was launched four years ago, in 2022.',
        fr: 'Une version précédente de cet article indiquait que le fonds de restauration avait été lancé il y a cinq ans. Il l’a été il y a quatre ans, en 2022.',
        ar: 'ذكرت نسخة سابقة من هذه القصة أن صندوق الترميم أُطلق قبل خمس سنوات. والصحيح أنه أُطلق قبل أربع سنوات، في 2022.',
      },
    },
    translations: {
      en: {
        title: "In Zaghrane's medina, a restoration fund races against collapse and rising rents",
        slug: 'zaghrane-medina-restoration-rents',
        dek: 'Grants covering up to 60 per cent of repair costs have saved hundreds of old houses, but many long-time residents are being priced out as guesthouses multiply.',
        body: `<p>When part of the ceiling fell into her kitchen last winter, Khadija Amrouche, 67, thought she would have to leave the house in Zaghrane's medina where she has lived for 46 years. Instead, she became one of 512 homeowners to receive a grant from the city's heritage restoration fund.</p>
<p>Launched four years ago with 240 million dinars from the state and the municipality, the fund pays for <strong>up to 60 per cent</strong> of the cost of structural repairs on houses built before 1930, provided the owners use traditional materials such as lime plaster, cedar beams and handmade tiles.</p>
<h2>A medina under strain</h2>
<p>According to a survey published by the municipality in March, 1,340 of the medina's roughly 3,900 houses are in poor or dangerous condition. Eleven buildings have partially collapsed in the past five years, two of them causing injuries.</p>
<p>"Every winter we count the cracks," said Youssef Lahlou, the architect who runs the fund's technical office. "The rain gets into the walls, the beams rot, and a house that has stood for two centuries can fall in one night."</p>
<h2>The guesthouse question</h2>
<p>Restoration has brought the medina back to life, but it has also changed who lives there. The number of registered guesthouses has risen from 38 to 146 in five years, and average rents for a family home have roughly doubled to 1,100 dinars a month.</p>
<blockquote>"My neighbours on both sides have sold to investors from Tazrit. At night, half the lane is dark," said Mrs Amrouche. "We fixed the houses and lost the neighbours."</blockquote>
<p>Since January, the fund has added a condition: owners who receive a grant may not convert the property into tourist accommodation for ten years. Local associations want the city to go further, with a cap on guesthouse licences and a programme of social housing in restored buildings.</p>
<p>Deputy mayor Hassan Mekki said the council was studying a limit of one guesthouse for every ten homes in each quarter, as well as buying back 40 vacant houses to rent to young families at below-market rates. A decision is expected before the end of the year.</p>
<p>"A medina is not a museum," he said. "If nobody lives in it, we will have restored a stage set."</p>`,
        tags: ['housing', 'heritage'],
        imageAlt: 'A craftsman applying lime plaster to the courtyard wall of an old house in the medina of Zaghrane',
        comments: [
          {
            name: 'Jonathan Price',
            email: 'jonathan.price@example.com',
            body: 'We stayed in one of those guesthouses last spring and had no idea about any of this. Food for thought.',
            afterMinutes: 300,
            replies: [
              {
                name: 'Amina Kettani',
                email: 'amina.kettani@example.com',
                website: 'https://zaghrane-heritage.example.org',
                body: "Thank you for saying so. If you come back, look for houses with the fund's blue plaque: several families there rent out rooms themselves, and the money stays in the lane.",
                afterMinutes: 410,
              },
            ],
          },
        ],
      },
      fr: {
        title: 'Dans la médina de Zaghrane, un fonds de restauration face aux effondrements et à la flambée des loyers',
        slug: 'medina-zaghrane-restauration-loyers',
        dek: "Des subventions couvrant jusqu'à 60 % des travaux ont sauvé des centaines de maisons anciennes, mais de nombreux habitants de longue date sont chassés par la multiplication des maisons d'hôtes.",
        body: `<p>Quand une partie du plafond de sa cuisine s'est effondrée l'hiver dernier, Khadija Amrouche, 67 ans, a cru qu'elle devrait quitter la maison de la médina de Zaghrane où elle vit depuis 46 ans. Elle est finalement devenue l'une des 512 propriétaires à bénéficier d'une subvention du fonds municipal de restauration du patrimoine.</p>
<p>Lancé il y a quatre ans avec 240 millions de dinars apportés par l'État et la commune, le fonds prend en charge <strong>jusqu'à 60 %</strong> du coût des travaux de structure sur les maisons construites avant 1930, à condition que les propriétaires emploient des matériaux traditionnels : enduit à la chaux, poutres de cèdre, carreaux faits main.</p>
<h2>Une médina sous tension</h2>
<p>Selon un inventaire publié par la municipalité en mars, 1 340 des quelque 3 900 maisons de la médina sont en mauvais état ou menacent ruine. Onze bâtiments se sont partiellement effondrés au cours des cinq dernières années, dont deux en faisant des blessés.</p>
<p>« Chaque hiver, nous comptons les fissures, explique Youssef Lahlou, l'architecte qui dirige le bureau technique du fonds. La pluie s'infiltre dans les murs, les poutres pourrissent, et une maison debout depuis deux siècles peut s'écrouler en une nuit. »</p>
<h2>La question des maisons d'hôtes</h2>
<p>La restauration a redonné vie à la médina, mais elle a aussi changé ceux qui l'habitent. Le nombre de maisons d'hôtes déclarées est passé de 38 à 146 en cinq ans, et le loyer moyen d'une maison familiale a pratiquement doublé, à 1 100 dinars par mois.</p>
<blockquote>« Mes voisins des deux côtés ont vendu à des investisseurs de Tazrit. Le soir, la moitié de la ruelle est plongée dans le noir, confie Mme Amrouche. Nous avons réparé les maisons et perdu les voisins. »</blockquote>
<p>Depuis janvier, le fonds impose une nouvelle condition : les propriétaires subventionnés ne peuvent pas transformer leur bien en hébergement touristique pendant dix ans. Les associations locales demandent à la ville d'aller plus loin, en plafonnant les licences de maisons d'hôtes et en créant des logements sociaux dans les bâtiments restaurés.</p>
<p>L'adjoint au maire Hassan Mekki indique que le conseil étudie un plafond d'une maison d'hôtes pour dix logements dans chaque quartier, ainsi que le rachat de 40 maisons vacantes pour les louer à de jeunes familles à des loyers inférieurs au marché. Une décision est attendue avant la fin de l'année.</p>
<p>« Une médina n'est pas un musée, résume-t-il. Si personne n'y vit, nous aurons restauré un décor de théâtre. »</p>`,
        tags: ['logement', 'patrimoine'],
        imageAlt:
          "Un artisan applique un enduit à la chaux sur le mur du patio d'une maison ancienne de la médina de Zaghrane",
      },
      ar: {
        title: 'في مدينة زغران العتيقة، صندوق للترميم يسابق الانهيارات وغلاء الإيجارات',
        slug: 'ترميم-مدينة-زغران-العتيقة',
        dek: 'أنقذت منحٌ تغطي ما يصل إلى 60 في المئة من كلفة الإصلاح مئات البيوت القديمة، لكن كثيرًا من السكان القدامى باتوا عاجزين عن البقاء مع تكاثر دور الضيافة.',
        body: `<p>حين سقط جزء من سقف مطبخها الشتاء الماضي، ظنّت خديجة عمروش، البالغة من العمر 67 عامًا، أنها ستضطر إلى مغادرة بيتها في مدينة زغران العتيقة، حيث تعيش منذ 46 عامًا. لكنها أصبحت بدلًا من ذلك واحدة من 512 مالكًا استفادوا من منحة صندوق البلدية لترميم التراث.</p>
<p>ويتكفّل الصندوق، الذي أُطلق قبل أربع سنوات بميزانية قدرها 240 مليون دينار من الدولة والبلدية، بما يصل إلى <strong>60 في المئة</strong> من كلفة الإصلاحات الإنشائية في البيوت المبنية قبل عام 1930، شريطة أن يستخدم المالكون مواد تقليدية كالجير والعوارض المصنوعة من خشب الأرز والبلاط المصنوع يدويًا.</p>
<h2>مدينة عتيقة تحت الضغط</h2>
<p>ووفق مسح نشرته البلدية في مارس، فإن 1340 بيتًا من أصل نحو 3900 بيت في المدينة العتيقة في حالة سيئة أو مهددة بالسقوط. وقد انهار أحد عشر مبنى انهيارًا جزئيًا خلال السنوات الخمس الماضية، وتسبب اثنان منها في إصابات.</p>
<p>ويقول المهندس المعماري يوسف لحلو، الذي يدير المكتب الفني للصندوق: "في كل شتاء نعدّ الشقوق. يتسرّب المطر إلى الجدران، وتتعفّن العوارض، وقد ينهار في ليلة واحدة بيتٌ صمد قرنين من الزمن".</p>
<h2>مسألة دور الضيافة</h2>
<p>أعاد الترميم الحياة إلى المدينة العتيقة، لكنه غيّر أيضًا هوية ساكنيها. فقد ارتفع عدد دور الضيافة المسجّلة من 38 إلى 146 في خمس سنوات، وتضاعف تقريبًا متوسط إيجار البيت العائلي ليبلغ 1100 دينار شهريًا.</p>
<blockquote>"باع جيراني من الجهتين بيوتهم لمستثمرين من تازريت. في الليل يغرق نصف الزقاق في الظلام"، تقول السيدة عمروش. "أصلحنا البيوت وخسرنا الجيران".</blockquote>
<p>ومنذ يناير، أضاف الصندوق شرطًا جديدًا يمنع المالكين المستفيدين من المنحة من تحويل عقاراتهم إلى مساكن سياحية لمدة عشر سنوات. وتطالب الجمعيات المحلية البلدية بالذهاب أبعد من ذلك، عبر تسقيف تراخيص دور الضيافة وإطلاق برنامج للسكن الاجتماعي في المباني المرمّمة.</p>
<p>وأوضح نائب رئيس البلدية حسن المكّي أن المجلس البلدي يدرس وضع حدّ أقصى بدار ضيافة واحدة لكل عشرة مساكن في كل حيّ، إلى جانب إعادة شراء 40 بيتًا شاغرًا لتأجيرها لعائلات شابة بأسعار أدنى من أسعار السوق. ومن المنتظر أن يُتّخذ القرار قبل نهاية العام.</p>
<p>ويختم قائلًا: "المدينة العتيقة ليست متحفًا. إذا لم يسكنها أحد، فسنكون قد رمّمنا ديكورًا مسرحيًا لا أكثر".</p>`,
        tags: ['السكن', 'التراث'],
        imageAlt: 'حرفي يطلي جدار فناء بيت قديم بالجير في مدينة زغران العتيقة',
      },
    },
  },
  {
    key: 'a-malouf-ensemble',
    section: 'culture',
    author: 'daniel',
    daysAgo: 30,
    image: { from: '#5a189a', to: '#ffb703', motif: 'waves' },
    translations: {
      fr: {
        title: "À 50 ans, l'Ensemble de malouf de Port Amalis numérise sa mémoire",
        slug: 'ensemble-malouf-port-amalis-archives',
        dek: "La plus ancienne formation de musique arabo-andalouse du pays met en ligne 300 enregistrements d'archives et ouvrira le festival des Nuits du port.",
        body: `<p>Dans une salle exiguë au-dessus du marché aux poissons de Port Amalis, une dizaine de bénévoles écoutent depuis deux ans des bandes magnétiques parfois plus vieilles qu'eux. Leur travail s'achève ce mois-ci : l'Ensemble de malouf de Port Amalis, qui fête ses 50 ans, a mis en ligne <strong>300 enregistrements</strong> réalisés entre 1974 et 1998.</p>
<p>Le malouf, héritier de la musique arabo-andalouse arrivée sur ces côtes à partir du XVe siècle, se transmet traditionnellement d'oreille à oreille, de maître à élève. Beaucoup de ses pièces n'ont jamais été notées.</p>
<p>« Certaines noubas n'existent plus que sur ces bandes », explique Slimane Azzouz, 71 ans, joueur d'oud et l'un des trois membres fondateurs encore en vie. « Quand un vieux chanteur mourait, une partie du répertoire partait avec lui. Aujourd'hui, un enfant de dix ans peut l'écouter sur son téléphone. »</p>
<h2>Un travail de fourmi</h2>
<p>Le projet a coûté 1,4 million de dinars, financés à parts égales par le ministère de la Culture et une fondation privée de Port Amalis. Les bandes, stockées pendant des décennies dans l'humidité d'un ancien entrepôt portuaire, ont d'abord dû être « cuites » à basse température pour éviter qu'elles ne se désagrègent à la lecture.</p>
<ul>
<li>300 enregistrements, soit environ 210 heures de musique ;</li>
<li>41 concerts publics et 96 séances de répétition ;</li>
<li>des notices en arabe et en français rédigées par des musicologues de l'université de Tazrit.</li>
</ul>
<p>L'ensemble du fonds est consultable gratuitement sur <a href="https://example.org/malouf-amalis/archives">le site de l'Ensemble</a>.</p>
<h2>Une relève à former</h2>
<p>L'Ensemble compte aujourd'hui 28 musiciens, dont 11 ont moins de 30 ans, et son école accueille 140 élèves. Sa directrice musicale, Nour El Houda Rahmani, première femme à occuper ce poste, veut faire des archives un outil pédagogique.</p>
<blockquote>« Nos élèves apprennent désormais en comparant trois interprétations d'une même pièce, à vingt ans d'écart. C'est une leçon d'histoire autant que de musique. »</blockquote>
<p>Pour son anniversaire, l'Ensemble ouvrira le 9 juillet le festival des Nuits du port, sur l'esplanade de l'ancienne douane, avec un programme de noubas reconstituées à partir des bandes. L'entrée sera libre.</p>`,
        tags: ['patrimoine', 'festival'],
        imageAlt:
          "Un joueur d'oud âgé et une jeune violoniste répètent côte à côte dans le local de l'Ensemble de malouf",
      },
    },
  },
  {
    key: 'a-book-fair',
    section: 'culture',
    author: 'sophie',
    daysAgo: 45,
    image: { from: '#2b2d42', to: '#8d99ae', motif: 'bars' },
    translations: {
      ar: {
        title: 'معرض تازريت الدولي للكتاب يستقطب 410 ناشرين ويراهن على القرّاء الشباب',
        slug: 'معرض-تازريت-الدولي-للكتاب',
        dek: 'افتُتحت الدورة السابعة والعشرون للمعرض بمشاركة دور نشر من 23 بلدًا، وسط شكاوى متزايدة من ارتفاع أسعار الكتب وتكاليف الورق.',
        body: `<p>افتتح معرض تازريت الدولي للكتاب أبوابه صباح الجمعة في قصر المعارض بالضاحية الشمالية للعاصمة، في دورته السابعة والعشرين التي تستمر عشرة أيام، بمشاركة 410 ناشرين من 23 بلدًا، وبرنامج ثقافي يضم أكثر من 120 لقاءً وندوة وجلسة توقيع.</p>
<p>وتحلّ مدينة زغران ضيف شرف على هذه الدورة، احتفاءً بتراثها في الخط والتجليد اليدوي، إذ خُصّص جناح كامل لورشات يقدّمها حرفيون من المدينة العتيقة لتعليم الزوار أساسيات الخط المغربي وصناعة الأغلفة الجلدية.</p>
<h2>الشباب في قلب البرنامج</h2>
<p>وقالت مديرة المعرض سلوى بن يوسف: "أكثر من نصف زوارنا في الدورة الماضية كانوا دون الخامسة والعشرين. لم يعد بإمكاننا أن ننظّم معرضًا يخاطب النخبة وحدها". وأوضحت أن المعرض سيمنح كل طالب جامعي قسيمة شراء بقيمة 30 دينارًا، بتمويل من وزارة الشؤون الثقافية، على أن تُصرف في أجنحة الناشرين المحليين حصرًا.</p>
<p>كما يحتضن المعرض لأول مرة فضاءً مخصصًا للقصص المصوّرة وروايات اليافعين، بعد أن أظهر استطلاع أجرته إدارة المعرض أن هذه الفئة كانت الأكثر مبيعًا في الدورة السابقة.</p>
<h2>أسعار مرتفعة وورق نادر</h2>
<p>غير أن الأجواء الاحتفالية لم تُخفِ قلق الناشرين. فقد ارتفعت أسعار الورق المستورد بنحو 45 في المئة خلال عامين، ما دفع كثيرًا من الدور إلى تقليص عدد النسخ المطبوعة إلى 500 نسخة فقط للعنوان الواحد.</p>
<blockquote>"صار سعر الرواية المتوسطة يعادل أجر يوم عمل كامل لعامل بسيط. نحن لا نربح أكثر، بل نبيع أقل"، يقول الناشر منير الحدّاد، صاحب دار «المنارة» في ميناء أماليس.</blockquote>
<p>ويطالب اتحاد الناشرين بإعفاء الورق المخصص لطباعة الكتب من الرسوم الجمركية، وبرفع ميزانية اقتناء المكتبات العمومية التي لم تتغير منذ ست سنوات، مؤكدًا أن المكتبات العمومية كانت تشتري في الماضي ما يصل إلى ثلث النسخ المطبوعة من بعض العناوين.</p>
<ul>
<li>عدد الناشرين المحليين المشاركين: 138 دارًا.</li>
<li>عدد العناوين الجديدة المعروضة: نحو 2600 عنوان.</li>
<li>عدد الزوار المتوقع: 350 ألف زائر.</li>
</ul>
<p>ويفتح المعرض أبوابه يوميًا من العاشرة صباحًا حتى الثامنة مساءً، مع تمديد إلى العاشرة ليلًا في عطلتي نهاية الأسبوع. وتُقام مساء الخميس المقبل أمسية شعرية كبرى في ساحة المعرض احتفاءً بالذكرى المئوية لميلاد الشاعر الراحل عمر الزيّاني.</p>`,
        tags: ['التراث', 'الشباب'],
        imageAlt: 'زوار شبان يتصفحون الكتب بين أجنحة معرض تازريت الدولي للكتاب',
      },
    },
  },
];
