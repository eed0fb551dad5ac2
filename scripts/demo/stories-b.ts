import type { DemoStory } from './types';

/**
 * Demo stories, batch B: environment, technology, economy and culture.
 * Fictional newsroom, fictional region; every person, company and agency is invented.
 */
export const storiesB: DemoStory[] = [
  // ---------------------------------------------------------------------------
  // 1. Technology: Nawa Grid funding (en, fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-nawa-grid-funding',
    section: 'technology',
    author: 'daniel',
    daysAgo: 1,
    image: { from: '#0f766e', to: '#facc15', motif: 'grid' },
    translations: {
      en: {
        title: `Tarsa start-up Nawa Grid raises 9 million dinars to run village microgrids`,
        slug: 'nawa-grid-raises-9-million-dinars',
        dek: `The four-year-old company, whose software balances solar panels and batteries in 63 off-grid villages, plans to triple its footprint by 2027.`,
        body: `<p>Nawa Grid, a Tarsa-based start-up that writes the software behind small solar networks in remote villages, has closed a funding round of 9 million dinars, the largest ever raised by a clean-energy company in the region, its founders said on Tuesday.</p>
<p>The round was led by Meridian Seed Partners, a fund based in Qasr Amal, with participation from the Regional Development Bank and a group of diaspora investors in Marseille and Montreal. The company did not disclose its valuation.</p>
<h2>Software instead of diesel</h2>
<p>Founded in 2021 by two engineers, Salma Berrada and Youssef Hannachi, Nawa Grid does not make panels or batteries. Its product is a control system that predicts how much electricity a village will need hour by hour and decides when to charge batteries, when to draw on them and when to cut non-essential loads such as water heaters. The company says its 63 microgrids, which serve about 41,000 people in the Atlas foothills and the southern oases, have cut diesel generator use by 78 per cent since they were connected.</p>
<blockquote>"The hardware is now cheap. What fails in the villages is management: batteries die in three years instead of ten because nobody is watching them," said Ms Berrada, the chief executive. "We are selling ten years."</blockquote>
<p>Villages pay a monthly fee through a mobile-money account, typically 35 to 60 dinars per household, depending on consumption. Ms Berrada said non-payment stood at under 4 per cent last year.</p>
<h2>Tripling by 2027</h2>
<p>The new money will finance a second operations centre in Bir Lalla and the hiring of about 40 technicians, most of them recruited locally and trained in the company's six-month programme. The target is 200 microgrids by the end of 2027.</p>
<p>The expansion depends on a draft law, now before parliament, that would let private operators sell electricity directly to households in areas not served by the national grid. Under current rules, Nawa Grid's partners must register as cooperatives, a process that can take a year.</p>
<p>Analysts welcomed the deal but cautioned that the sector remains small. "Nine million is significant for us, but it is a rounding error next to the energy transition the region needs," said Hamid Oulad, an economist at the Institute for Mediterranean Studies in Tarsa. "The question is whether larger lenders follow."</p>
<p>The company published its <a href="https://example.org/nawa-grid-impact-report">impact report</a> alongside the announcement.</p>`,
        tags: ['energy', 'startups', 'climate'],
        imageAlt: `Solar panels and a battery container at the edge of a mountain village`,
        comments: [
          {
            name: 'James Whitfield',
            email: 'james.whitfield@example.com',
            body: `Does anyone know whether the villages own the batteries or whether Nawa Grid does? It matters a lot if the company folds.`,
            afterMinutes: 45,
            replies: [
              {
                name: 'Amina Lahlou',
                email: 'amina.lahlou@example.com',
                website: 'https://aminalahlou.example.org',
                body: `According to their impact report, the cooperatives own the hardware and Nawa Grid licenses the software.\nSo the panels stay even if the company disappears.`,
                afterMinutes: 120,
                replies: [
                  {
                    name: 'James Whitfield',
                    email: 'james.whitfield@example.com',
                    body: `Thanks, that is reassuring. I had missed that part of the report.`,
                    afterMinutes: 185,
                  },
                ],
              },
            ],
          },
          {
            name: 'Claire Donovan',
            email: 'claire.donovan@example.com',
            body: `We visited one of these villages last spring. Having lights in the evening and a working fridge at the health post made a real difference.`,
            afterMinutes: 310,
          },
        ],
      },
      fr: {
        title: `La start-up Nawa Grid lève 9 millions de dinars pour piloter des micro-réseaux villageois`,
        slug: 'nawa-grid-leve-9-millions-de-dinars',
        dek: `L'entreprise de Tarsa, dont le logiciel gère panneaux solaires et batteries dans 63 villages non raccordés, veut tripler sa présence d'ici 2027.`,
        body: `<p>Nawa Grid, une start-up installée à Tarsa qui conçoit le logiciel de petits réseaux solaires dans des villages isolés, a bouclé une levée de fonds de 9 millions de dinars, la plus importante jamais réalisée par une entreprise régionale des énergies propres, ont annoncé mardi ses fondateurs.</p>
<p>Le tour de table a été mené par Meridian Seed Partners, un fonds basé à Qasr Amal, avec la participation de la Banque régionale de développement et d'un groupe d'investisseurs de la diaspora installés à Marseille et à Montréal. L'entreprise n'a pas communiqué sa valorisation.</p>
<h2>Du logiciel plutôt que du diesel</h2>
<p>Fondée en 2021 par deux ingénieurs, Salma Berrada et Youssef Hannachi, Nawa Grid ne fabrique ni panneaux ni batteries. Elle vend un système de pilotage qui prévoit, heure par heure, la consommation d'un village et décide quand charger les batteries, quand y puiser et quand couper les usages non essentiels, comme les chauffe-eau. Selon l'entreprise, ses 63 micro-réseaux, qui desservent environ 41 000 personnes dans les piémonts de l'Atlas et les oasis du Sud, ont réduit de 78 % le recours aux groupes électrogènes depuis leur mise en service.</p>
<blockquote>« Le matériel ne coûte plus cher. Ce qui échoue dans les villages, c'est la gestion : les batteries meurent en trois ans au lieu de dix parce que personne ne les surveille, explique Salma Berrada, la directrice générale. Nous vendons dix ans. »</blockquote>
<p>Les villages paient un abonnement mensuel par paiement mobile, généralement de 35 à 60 dinars par foyer selon la consommation. Les impayés sont restés sous la barre des 4 % l'an dernier, selon la dirigeante.</p>
<h2>Tripler d'ici 2027</h2>
<p>Les nouveaux fonds financeront un second centre d'exploitation à Bir Lalla et le recrutement d'une quarantaine de techniciens, pour la plupart embauchés sur place et formés pendant six mois par l'entreprise. L'objectif : 200 micro-réseaux fin 2027.</p>
<p>Cette expansion dépend d'un projet de loi, actuellement devant le Parlement, qui permettrait à des opérateurs privés de vendre directement de l'électricité aux ménages dans les zones non desservies par le réseau national. En l'état, les partenaires de Nawa Grid doivent se constituer en coopératives, une démarche qui peut prendre un an.</p>
<p>Les analystes saluent l'opération mais rappellent que le secteur reste modeste. « Neuf millions, c'est important pour nous, mais c'est une goutte d'eau face à la transition énergétique dont la région a besoin, estime Hamid Oulad, économiste à l'Institut d'études méditerranéennes de Tarsa. Toute la question est de savoir si les grands prêteurs suivront. »</p>
<p>L'entreprise a publié son <a href="https://example.org/nawa-grid-impact-report">rapport d'impact</a> en même temps que l'annonce.</p>`,
        tags: ['énergie', 'start-up', 'climat'],
        imageAlt: `Panneaux solaires et conteneur de batteries à l'entrée d'un village de montagne`,
      },
      ar: {
        title: `شركة «نوى غريد» الناشئة تجمع 9 ملايين دينار لإدارة شبكات كهربائية صغيرة في القرى`,
        slug: 'شركة-نوى-غريد-تجمع-تمويلا-جديدا',
        dek: `تعتزم الشركة، التي يدير برنامجها الألواح الشمسية والبطاريات في 63 قرية غير موصولة بالشبكة، مضاعفة انتشارها ثلاث مرات بحلول عام 2027.`,
        body: `<p>أعلن مؤسسا شركة «نوى غريد» الناشئة، ومقرها مدينة طرسة، يوم الثلاثاء عن إتمام جولة تمويل بقيمة 9 ملايين دينار، هي الأكبر على الإطلاق لشركة تعمل في مجال الطاقة النظيفة في المنطقة. وتطوّر الشركة البرمجيات التي تشغّل شبكات شمسية صغيرة في القرى النائية.</p>
<p>وقاد الجولةَ صندوقُ «ميريديان سيد بارتنرز» الذي يتخذ من قصر أمل مقراً له، بمشاركة البنك الجهوي للتنمية ومجموعة من المستثمرين من أبناء الجالية المقيمين في مرسيليا ومونتريال. ولم تكشف الشركة عن قيمتها السوقية.</p>
<h2>برمجيات بدلاً من الديزل</h2>
<p>أسس المهندسان سلمى برادة ويوسف الحناشي الشركة عام 2021، وهي لا تصنع ألواحاً ولا بطاريات، بل تبيع نظام تحكم يتوقع استهلاك القرية من الكهرباء ساعة بساعة، ويقرر متى تُشحن البطاريات ومتى يُسحب منها ومتى تُقطع الاستخدامات غير الضرورية مثل سخانات المياه. وتقول الشركة إن شبكاتها الثلاث والستين، التي تخدم نحو 41 ألف نسمة في سفوح الأطلس وواحات الجنوب، خفّضت استخدام مولدات الديزل بنسبة 78 في المئة منذ تشغيلها.</p>
<blockquote>«المعدات أصبحت رخيصة. ما يفشل في القرى هو الإدارة: البطاريات تموت بعد ثلاث سنوات بدل عشر لأن لا أحد يراقبها»، تقول سلمى برادة، المديرة التنفيذية للشركة. «نحن نبيع عشر سنوات».</blockquote>
<p>وتدفع القرى اشتراكاً شهرياً عبر حسابات الدفع بالهاتف المحمول، يتراوح عادة بين 35 و60 ديناراً للأسرة حسب الاستهلاك. وأوضحت برادة أن نسبة عدم السداد بقيت دون 4 في المئة العام الماضي.</p>
<h2>مضاعفة الانتشار ثلاث مرات</h2>
<p>وسيموّل التمويل الجديد مركز تشغيل ثانياً في بئر لالة وتوظيف نحو 40 تقنياً، يُستقدم معظمهم من المناطق المحلية ويخضعون لبرنامج تدريبي تنظمه الشركة لمدة ستة أشهر. والهدف هو الوصول إلى 200 شبكة صغيرة بنهاية عام 2027.</p>
<p>غير أن هذا التوسع مرهون بمشروع قانون معروض حالياً على البرلمان، يسمح للمشغلين الخواص ببيع الكهرباء مباشرة للأسر في المناطق التي لا تصلها الشبكة الوطنية. وبموجب القواعد الحالية، يتعين على شركاء «نوى غريد» التسجيل كتعاونيات، وهو إجراء قد يستغرق عاماً كاملاً.</p>
<p>ورحب المحللون بالصفقة، لكنهم نبهوا إلى أن القطاع لا يزال صغيراً. ويقول حميد أولاد، الخبير الاقتصادي في معهد الدراسات المتوسطية بطرسة: «تسعة ملايين مبلغ مهم بالنسبة إلينا، لكنه لا يُذكر أمام حجم التحول الطاقي الذي تحتاجه المنطقة. السؤال هو هل سيحذو المقرضون الكبار حذوها».</p>
<p>ونشرت الشركة <a href="https://example.org/nawa-grid-impact-report">تقرير الأثر</a> الخاص بها بالتزامن مع الإعلان.</p>`,
        tags: ['الطاقة', 'الشركات الناشئة', 'المناخ'],
        imageAlt: `ألواح شمسية وحاوية بطاريات عند مدخل قرية جبلية`,
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 2. Environment: Qasr Amal desalination plant (en, fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-desalination-qasr-amal',
    section: 'environment',
    author: 'leila',
    daysAgo: 3,
    image: { from: '#0369a1', to: '#67e8f9', motif: 'waves' },
    translations: {
      en: {
        title: `Qasr Amal desalination plant starts pumping, but the bill worries farmers`,
        slug: 'qasr-amal-desalination-plant-starts-pumping',
        dek: `The solar-assisted plant will supply a third of the port city's drinking water and free river water for irrigation, at a price growers say they cannot yet afford.`,
        body: `<p>The long-delayed desalination plant at Ras el-Ma, 12 kilometres north of Qasr Amal, delivered its first water to the city's network on Sunday, four years after construction began and two years behind schedule.</p>
<p>At full capacity the plant will produce 110,000 cubic metres a day, about a third of the city's drinking water needs, according to the Regional Water Authority. Its reverse-osmosis pumps are partly powered by a 40-megawatt solar field built on adjacent land, which the authority says will cover roughly 45 per cent of the plant's electricity demand.</p>
<h2>Relief for the Oued Safran</h2>
<p>Officials present the project as a way to take pressure off the Oued Safran, the river that has supplied the city since the 1970s and whose flow has fallen by more than half over the past two decades. Water no longer needed for taps is to be released to the irrigated plain downstream.</p>
<blockquote>"For the first time in years, we will be able to promise farmers a minimum allocation before they plant," said Nadia Ferchichi, the authority's director of operations.</blockquote>
<p>But that promise comes with a price. Under a tariff published last month, irrigation water will rise from 0.9 to 1.4 dinars per cubic metre over three years to help repay the plant's 2.3 billion dinar cost. The Safran Plain Farmers' Union says the increase would wipe out the margin on cereal crops.</p>
<p>"We are being asked to pay for the city's water with our wheat," said Brahim Tazi, who grows cereals and tomatoes on 18 hectares near Souk Tleta. "Nobody asked us when they designed the financing."</p>
<h2>Brine and fish</h2>
<p>Environmental groups have also raised concerns about the brine, the salty residue of desalination, which is discharged through an outfall 800 metres offshore. The Blue Coast Association, a Qasr Amal group of fishermen and conservationists, wants independent monitoring of salinity around the outfall, where a seagrass meadow shelters juvenile fish.</p>
<p>The authority says the discharge is diffused through 60 nozzles and that its own sensors will publish readings online every month. Ms Ferchichi said the first report would be released in the autumn.</p>
<p>The plant employs 85 permanent staff. A second phase, which would double capacity, is under study but has not been financed.</p>`,
        tags: ['water', 'climate', 'agriculture'],
        imageAlt: `Rows of white desalination tanks beside a solar field on the coast`,
      },
      fr: {
        title: `L'usine de dessalement de Qasr Amal entre en service, sa facture inquiète les agriculteurs`,
        slug: 'usine-de-dessalement-de-qasr-amal',
        dek: `Alimentée en partie par le solaire, l'usine fournira un tiers de l'eau potable de la ville portuaire et libérera l'eau du fleuve pour l'irrigation, à un prix que les exploitants jugent encore inabordable.`,
        body: `<p>Longtemps retardée, l'usine de dessalement de Ras el-Ma, à 12 kilomètres au nord de Qasr Amal, a livré dimanche ses premiers mètres cubes au réseau de la ville, quatre ans après le début des travaux et avec deux ans de retard sur le calendrier.</p>
<p>À pleine capacité, elle produira 110 000 mètres cubes par jour, soit environ un tiers des besoins en eau potable de la ville, selon l'Autorité régionale de l'eau. Ses pompes d'osmose inverse sont en partie alimentées par une centrale solaire de 40 mégawatts construite sur un terrain voisin, qui devrait couvrir environ 45 % de la consommation électrique du site.</p>
<h2>Un répit pour l'oued Safran</h2>
<p>Les autorités présentent le projet comme un moyen de soulager l'oued Safran, le fleuve qui alimente la ville depuis les années 1970 et dont le débit a chuté de plus de moitié en vingt ans. L'eau qui ne sera plus nécessaire aux robinets doit être restituée à la plaine irriguée en aval.</p>
<blockquote>« Pour la première fois depuis des années, nous pourrons garantir aux agriculteurs une dotation minimale avant les semis », affirme Nadia Ferchichi, directrice de l'exploitation à l'Autorité.</blockquote>
<p>Cette promesse a toutefois un prix. Selon une grille tarifaire publiée le mois dernier, l'eau d'irrigation passera de 0,9 à 1,4 dinar le mètre cube en trois ans, afin de rembourser le coût de l'usine, soit 2,3 milliards de dinars. Le Syndicat des agriculteurs de la plaine du Safran affirme que cette hausse effacerait la marge des céréaliers.</p>
<p>« On nous demande de payer l'eau de la ville avec notre blé, proteste Brahim Tazi, qui cultive céréales et tomates sur 18 hectares près de Souk Tleta. Personne ne nous a consultés quand ils ont monté le financement. »</p>
<h2>La saumure et les poissons</h2>
<p>Les associations environnementales s'inquiètent aussi de la saumure, le résidu salé du dessalement, rejetée par un émissaire à 800 mètres au large. L'association Côte bleue, qui réunit pêcheurs et défenseurs de l'environnement de Qasr Amal, réclame un suivi indépendant de la salinité autour du point de rejet, près d'un herbier qui abrite des poissons juvéniles.</p>
<p>L'Autorité assure que le rejet est diffusé par 60 buses et que ses propres capteurs publieront chaque mois leurs relevés en ligne. Le premier rapport sera rendu public à l'automne, selon Nadia Ferchichi.</p>
<p>L'usine emploie 85 salariés permanents. Une seconde phase, qui doublerait la capacité, est à l'étude mais n'est pas financée.</p>`,
        tags: ['eau', 'climat', 'agriculture'],
        imageAlt: `Rangées de réservoirs blancs de l'usine de dessalement à côté d'une centrale solaire sur la côte`,
        comments: [
          {
            name: 'Julien Mercier',
            email: 'julien.mercier@example.com',
            body: `Merci pour cet article équilibré. Reste à savoir qui paiera la deuxième phase…`,
            afterMinutes: 60,
          },
          {
            name: 'Hélène Roussel',
            email: 'helene.roussel@example.com',
            website: 'https://helene-roussel.example.net',
            body: `Les relevés de salinité seront-ils vraiment publiés ? On nous avait promis la même chose pour la station d'épuration.\nJ'attends de voir.`,
            afterMinutes: 240,
            status: 'pending',
          },
        ],
      },
      ar: {
        title: `محطة التحلية في قصر أمل تبدأ الضخ، والفاتورة تقلق المزارعين`,
        slug: 'محطة-التحلية-في-قصر-أمل-تبدأ-الضخ',
        dek: `ستوفر المحطة المدعومة بالطاقة الشمسية ثلث مياه الشرب في المدينة الساحلية وتحرر مياه النهر للري، لكن بسعر يقول المزارعون إنهم لا يقدرون عليه بعد.`,
        body: `<p>بعد تأخر طويل، ضخت محطة تحلية مياه البحر في رأس الماء، على بعد 12 كيلومتراً شمال قصر أمل، أولى كمياتها في شبكة المدينة يوم الأحد، بعد أربع سنوات من بدء الأشغال وبتأخير عامين عن الموعد المحدد.</p>
<p>وحسب الهيئة الجهوية للمياه، ستنتج المحطة عند بلوغ طاقتها القصوى 110 آلاف متر مكعب يومياً، أي نحو ثلث حاجيات المدينة من مياه الشرب. وتعمل مضخات التناضح العكسي جزئياً بالطاقة المولدة من حقل شمسي بقدرة 40 ميغاواط أقيم على أرض مجاورة، ويُنتظر أن يغطي قرابة 45 في المئة من استهلاك المحطة للكهرباء.</p>
<h2>متنفس لوادي سفران</h2>
<p>ويقدّم المسؤولون المشروع باعتباره وسيلة لتخفيف الضغط على وادي سفران، النهر الذي يزوّد المدينة بالمياه منذ سبعينيات القرن الماضي، والذي تراجع صبيبه بأكثر من النصف خلال العقدين الأخيرين. وستُحوَّل المياه التي لم تعد الصنابير بحاجة إليها إلى السهل المروي في أسفل الوادي.</p>
<blockquote>«لأول مرة منذ سنوات، سنتمكن من أن نضمن للمزارعين حصة دنيا من المياه قبل موعد الزرع»، تقول نادية الفرشيشي، مديرة الاستغلال في الهيئة.</blockquote>
<p>لكن لهذا الوعد ثمناً. فبموجب تعريفة نُشرت الشهر الماضي، سيرتفع سعر مياه الري من 0.9 إلى 1.4 دينار للمتر المكعب على مدى ثلاث سنوات، للمساهمة في سداد كلفة المحطة البالغة 2.3 مليار دينار. ويؤكد اتحاد مزارعي سهل سفران أن هذه الزيادة ستقضي على هامش الربح في زراعة الحبوب.</p>
<p>ويقول إبراهيم التازي، الذي يزرع الحبوب والطماطم على مساحة 18 هكتاراً قرب سوق الثلاثاء: «يطلبون منا أن ندفع ثمن مياه المدينة من قمحنا. لم يستشرنا أحد حين وضعوا خطة التمويل».</p>
<h2>المياه المالحة والأسماك</h2>
<p>كما أبدت جمعيات بيئية قلقها من المياه شديدة الملوحة الناتجة عن التحلية، التي تُصرف عبر أنبوب يمتد 800 متر داخل البحر. وتطالب جمعية «الساحل الأزرق»، التي تضم صيادين وناشطين بيئيين من قصر أمل، برقابة مستقلة على مستويات الملوحة حول نقطة التصريف، حيث يوجد مرج من الأعشاب البحرية تأوي إليه صغار الأسماك.</p>
<p>وتؤكد الهيئة أن التصريف يتم عبر 60 فوهة لتوزيعه، وأن أجهزة الاستشعار التابعة لها ستنشر قراءاتها على الإنترنت كل شهر. وأوضحت الفرشيشي أن التقرير الأول سيصدر في الخريف.</p>
<p>وتشغّل المحطة 85 موظفاً دائماً. أما المرحلة الثانية، التي ستضاعف طاقتها الإنتاجية، فهي قيد الدراسة ولم يُرصد لها تمويل بعد.</p>`,
        tags: ['المياه', 'المناخ', 'الزراعة'],
        imageAlt: `صفوف من خزانات التحلية البيضاء بجانب حقل شمسي على الساحل`,
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 3. Economy: Qasr Amal container terminal (en, fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-qasr-amal-terminal',
    section: 'economy',
    author: 'karim',
    daysAgo: 7,
    image: { from: '#1e3a8a', to: '#f97316', motif: 'bars' },
    translations: {
      en: {
        title: `New container terminal lifts Qasr Amal port traffic by a quarter`,
        slug: 'container-terminal-lifts-qasr-amal-port-traffic',
        dek: `First-half figures show the port handled 612,000 containers, but dockworkers say hiring has not kept pace with the cranes.`,
        body: `<p>The port of Qasr Amal handled 612,000 twenty-foot equivalent units (TEU) in the first six months of the year, up 26 per cent from the same period last year, the Ports Authority said on Wednesday, crediting the opening of its new eastern container terminal in February.</p>
<p>The terminal, operated under a 30-year concession by Levant Marine Terminals, has four ship-to-shore cranes and a quay deep enough for vessels of up to 14,000 TEU. Such ships previously had to unload at larger hubs across the Mediterranean, with cargo sent on by smaller feeder vessels.</p>
<h2>Direct routes to Asia</h2>
<p>Two shipping lines have since added Qasr Amal to weekly services linking the Mediterranean with ports in China and Malaysia. According to the authority, the average time for an imported container to leave the port has fallen from nine days to four.</p>
<blockquote>"Exporters of citrus and auto parts used to budget an extra week for transhipment. That week is now gone," said Rachid Benslimane, head of the Qasr Amal Chamber of Commerce.</blockquote>
<p>Exports grew faster than imports, the figures show, with refrigerated containers, mostly carrying fruit and fish, up 34 per cent. The trade deficit passing through the port narrowed slightly, though it remains large because of fuel and machinery imports.</p>
<h2>Fewer hands per box</h2>
<p>The growth has not translated into a proportional rise in employment. The new terminal employs about 650 people, including 180 hired this year, but its automated yard handles containers with roughly a third of the workforce of the old western terminal, according to the Dockworkers' Federation.</p>
<p>"The cranes came from abroad and the software came from abroad. What we need now is for the training to come to us," said Samira Ouazzani, the federation's general secretary, who is demanding that the operator fund a school for maintenance technicians and crane operators in the city.</p>
<p>Levant Marine Terminals said in a statement that it had trained 95 local technicians since January and that it "remains committed to local recruitment".</p>
<p>The authority expects annual traffic to pass 1.3 million TEU this year. Its next project, a logistics zone on 220 hectares behind the port, is due to be put out to tender in the spring.</p>`,
        tags: ['trade', 'jobs'],
        imageAlt: `Ship-to-shore cranes unloading a container vessel at dusk`,
        comments: [
          {
            name: 'Michael Grant',
            email: 'michael.grant@example.com',
            body: `Automation was always going to mean fewer jobs per container. The real question is whether the logistics zone brings them back.`,
            afterMinutes: 90,
            replies: [
              {
                name: 'Sarah Collins',
                email: 'sarah.collins@example.com',
                website: 'https://sarahcollins.example.com',
                body: `Logistics zones elsewhere in the Mediterranean have created thousands of warehouse jobs, but many of them are short-term contracts.`,
                afterMinutes: 155,
              },
            ],
          },
        ],
      },
      fr: {
        title: `Le nouveau terminal à conteneurs dope d'un quart le trafic du port de Qasr Amal`,
        slug: 'nouveau-terminal-port-qasr-amal',
        dek: `Le port a traité 612 000 conteneurs au premier semestre, mais les dockers estiment que les embauches n'ont pas suivi le rythme des grues.`,
        body: `<p>Le port de Qasr Amal a traité 612 000 EVP (équivalents vingt pieds) au cours des six premiers mois de l'année, soit une hausse de 26 % par rapport à la même période de l'an dernier, a annoncé mercredi l'Autorité portuaire, qui l'attribue à l'ouverture en février du nouveau terminal à conteneurs Est.</p>
<p>Exploité dans le cadre d'une concession de trente ans par Levant Marine Terminals, le terminal dispose de quatre portiques de quai et d'un tirant d'eau suffisant pour accueillir des navires de 14 000 EVP. Ces géants devaient auparavant décharger dans de grands ports de transbordement de la Méditerranée, d'où la marchandise repartait sur des navires plus petits.</p>
<h2>Des lignes directes vers l'Asie</h2>
<p>Deux compagnies maritimes ont depuis ajouté Qasr Amal à leurs rotations hebdomadaires entre la Méditerranée et les ports de Chine et de Malaisie. Selon l'Autorité, le délai moyen de sortie d'un conteneur importé est passé de neuf à quatre jours.</p>
<blockquote>« Les exportateurs d'agrumes et de pièces automobiles prévoyaient une semaine de plus pour le transbordement. Cette semaine a disparu », souligne Rachid Benslimane, président de la Chambre de commerce de Qasr Amal.</blockquote>
<p>Les exportations ont progressé plus vite que les importations, avec une hausse de 34 % des conteneurs frigorifiques, essentiellement des fruits et du poisson. Le déficit commercial transitant par le port s'est légèrement réduit, mais il reste important en raison des importations de carburant et de machines.</p>
<h2>Moins de bras par conteneur</h2>
<p>Cette croissance ne s'est pas traduite par une hausse proportionnelle de l'emploi. Le nouveau terminal emploie environ 650 personnes, dont 180 recrutées cette année, mais son parc automatisé traite les conteneurs avec environ un tiers des effectifs de l'ancien terminal Ouest, selon la Fédération des dockers.</p>
<p>« Les grues sont venues de l'étranger, le logiciel aussi. Maintenant, il faut que la formation vienne jusqu'à nous », plaide Samira Ouazzani, secrétaire générale de la fédération, qui demande à l'opérateur de financer dans la ville une école de maintenance et de conduite de portiques.</p>
<p>Dans un communiqué, Levant Marine Terminals indique avoir formé 95 techniciens locaux depuis janvier et se dit « attaché au recrutement local ».</p>
<p>L'Autorité portuaire prévoit que le trafic annuel dépassera 1,3 million d'EVP cette année. Son prochain projet, une zone logistique de 220 hectares à l'arrière du port, doit faire l'objet d'un appel d'offres au printemps.</p>`,
        tags: ['commerce', 'emploi'],
        imageAlt: `Portiques de quai déchargeant un porte-conteneurs au crépuscule`,
      },
      ar: {
        title: `المحطة الجديدة للحاويات ترفع حركة ميناء قصر أمل بمقدار الربع`,
        slug: 'المحطة-الجديدة-ترفع-حركة-ميناء-قصر-أمل',
        dek: `تُظهر أرقام النصف الأول من العام أن الميناء عالج 612 ألف حاوية، لكن عمال الرصيف يقولون إن التوظيف لم يواكب وتيرة الرافعات.`,
        body: `<p>أعلنت سلطة الموانئ يوم الأربعاء أن ميناء قصر أمل عالج 612 ألف حاوية نمطية (بطول عشرين قدماً) خلال الأشهر الستة الأولى من العام، بزيادة قدرها 26 في المئة مقارنة بالفترة نفسها من العام الماضي، وعزت ذلك إلى افتتاح محطة الحاويات الشرقية الجديدة في فبراير.</p>
<p>وتُدار المحطة بموجب امتياز مدته ثلاثون عاماً من قبل شركة «ليفانت مارين ترمينالز»، وتضم أربع رافعات رصيف وعمقاً يتيح استقبال سفن تصل حمولتها إلى 14 ألف حاوية. وكانت هذه السفن في السابق تفرغ شحناتها في موانئ محورية كبرى في البحر المتوسط، لتُنقل البضائع بعدها على متن سفن أصغر.</p>
<h2>خطوط مباشرة نحو آسيا</h2>
<p>ومنذ ذلك الحين، أضافت شركتا شحن قصر أمل إلى رحلاتهما الأسبوعية التي تربط البحر المتوسط بموانئ الصين وماليزيا. ووفقاً للسلطة، تراجع متوسط المدة اللازمة لخروج الحاوية المستوردة من الميناء من تسعة أيام إلى أربعة.</p>
<blockquote>«كان مصدرو الحوامض وقطع غيار السيارات يحسبون أسبوعاً إضافياً لإعادة الشحن. هذا الأسبوع اختفى الآن»، يقول رشيد بنسليمان، رئيس غرفة التجارة في قصر أمل.</blockquote>
<p>وتُبيّن الأرقام أن الصادرات نمت بوتيرة أسرع من الواردات، إذ ارتفع عدد الحاويات المبردة، ومعظمها محمّل بالفواكه والأسماك، بنسبة 34 في المئة. كما تقلّص العجز التجاري المسجل عبر الميناء بشكل طفيف، وإن ظل كبيراً بسبب واردات الوقود والآلات.</p>
<h2>أيدٍ أقل لكل حاوية</h2>
<p>غير أن هذا النمو لم ينعكس بالقدر نفسه على التشغيل. فالمحطة الجديدة توظف نحو 650 شخصاً، منهم 180 جرى توظيفهم هذا العام، لكن ساحتها المؤتمتة تعالج الحاويات بما يقارب ثلث عدد العاملين في المحطة الغربية القديمة، حسب اتحاد عمال الموانئ.</p>
<p>وتقول سميرة الوزاني، الكاتبة العامة للاتحاد: «جاءت الرافعات من الخارج، وجاءت البرمجيات من الخارج. ما نحتاجه الآن هو أن يأتي التدريب إلينا». وتطالب الوزاني الشركة المشغلة بتمويل مدرسة لتكوين تقنيي الصيانة وسائقي الرافعات في المدينة.</p>
<p>من جهتها، قالت «ليفانت مارين ترمينالز» في بيان إنها درّبت 95 تقنياً محلياً منذ يناير، وإنها «تظل ملتزمة بالتوظيف المحلي».</p>
<p>وتتوقع سلطة الموانئ أن تتجاوز الحركة السنوية 1.3 مليون حاوية نمطية هذا العام. أما مشروعها المقبل، وهو منطقة لوجستية تمتد على 220 هكتاراً خلف الميناء، فمن المنتظر طرح صفقته للمناقصة في الربيع.</p>`,
        tags: ['التجارة', 'التشغيل'],
        imageAlt: `رافعات رصيف تفرغ سفينة حاويات عند الغروب`,
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 4. Technology: undersea cable outage (en, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-cable-outage',
    section: 'technology',
    author: 'leila',
    daysAgo: 9,
    image: { from: '#312e81', to: '#38bdf8', motif: 'circles' },
    translations: {
      en: {
        title: `Undersea cable cut leaves the region on a slow connection for eleven days`,
        slug: 'undersea-cable-cut-slows-internet',
        dek: `Damage to the MedLink-2 cable off Cap Noir exposed how much of the region's internet traffic still depends on a single route.`,
        body: `<p>Internet users across the region are back to normal speeds after the repair ship <em>Aurelia</em> finished splicing the MedLink-2 submarine cable on Friday, eleven days after it was severed about 35 kilometres off Cap Noir.</p>
<p>During the outage, international bandwidth fell by roughly 60 per cent, according to measurements published by the Digital Observatory, an independent research group in Tarsa. Video calls stalled, cloud-based business software slowed to a crawl, and several banks told customers to avoid online transfers during peak hours.</p>
<h2>An anchor, most likely</h2>
<p>The National Telecommunications Regulator said the damage was "consistent with a ship's anchor being dragged across the seabed" during a storm on the night of the 3rd. Investigators are examining tracking data from vessels that were sheltering near the cable route. No sabotage is suspected.</p>
<p>MedLink-2 carries the bulk of traffic between the region and southern Europe. Two older cables remained in service, but their combined capacity is far smaller, and a land route through a neighbouring country was already running close to saturation.</p>
<blockquote>"We have known for a decade that too many of our eggs are in one basket. Every outage is a reminder, and every time we forget it as soon as speeds return," said Karima Boudali, director of the Digital Observatory.</blockquote>
<h2>Cost to businesses</h2>
<p>The Federation of Digital Enterprises, which represents about 400 software and outsourcing companies, estimates that its members lost 48 million dinars in revenue, chiefly in call centres and software development firms serving European clients.</p>
<p>"We had 300 agents sitting in front of screens that would not load," said Omar Tlili, operations manager of a call centre in Qasr Amal. "Some clients have already asked us what our backup plan is. The honest answer is that we do not have one."</p>
<p>The regulator said a consortium of operators had signed a memorandum to land a new cable, provisionally called Safran Link, at Qasr Amal by 2028. It would connect the region directly to Marseille and Genoa. Its financing has not yet been finalised.</p>
<p>In the meantime, the Digital Observatory is calling for a public register of cable routes and repair times so that companies can <a href="https://example.org/digital-observatory-cable-report">plan for disruptions</a>.</p>`,
        tags: ['internet', 'jobs'],
        imageAlt: `A cable repair ship at sea with a crane lowering equipment over the stern`,
        comments: [
          {
            name: 'Tom Hargreaves',
            email: 'tom.hargreaves@example.com',
            body: `Eleven days! Our small design agency lost two clients during that outage. A second cable cannot come soon enough.`,
            afterMinutes: 30,
          },
          {
            name: 'Rebecca Lyons',
            email: 'rebecca.lyons@example.com',
            website: 'https://rebeccalyons.example.org',
            body: `Why not a satellite backup for critical services such as banks and hospitals?\nIt would not replace a cable, but it would help.`,
            afterMinutes: 200,
            status: 'pending',
          },
        ],
      },
      ar: {
        title: `قطع كابل بحري يُبقي المنطقة على إنترنت بطيء طوال أحد عشر يوماً`,
        slug: 'انقطاع-الكابل-البحري-يبطئ-الإنترنت',
        dek: `كشف الضرر الذي لحق بكابل «ميدلينك 2» قبالة الرأس الأسود مدى اعتماد حركة الإنترنت في المنطقة على مسار واحد.`,
        body: `<p>عادت سرعة الإنترنت إلى طبيعتها في أرجاء المنطقة بعدما أنهت سفينة الإصلاح <em>أوريليا</em> يوم الجمعة وصل طرفي كابل «ميدلينك 2» البحري، بعد أحد عشر يوماً من انقطاعه على بعد نحو 35 كيلومتراً قبالة الرأس الأسود.</p>
<p>وخلال فترة الانقطاع، تراجعت سعة الربط الدولي بنحو 60 في المئة، وفق قياسات نشرها «المرصد الرقمي»، وهو مجموعة بحثية مستقلة مقرها طرسة. وتعطلت مكالمات الفيديو، وتباطأت برمجيات الأعمال السحابية إلى حد الشلل، فيما نصحت عدة مصارف زبائنها بتجنب التحويلات الإلكترونية في ساعات الذروة.</p>
<h2>مرساة على الأرجح</h2>
<p>وقالت الهيئة الوطنية لتنظيم الاتصالات إن الضرر «يتوافق مع سحب مرساة سفينة على قاع البحر» خلال عاصفة ضربت المنطقة ليلة الثالث من الشهر. ويفحص المحققون بيانات تتبع السفن التي كانت تحتمي قرب مسار الكابل، ولا يُشتبه في وجود عمل تخريبي.</p>
<p>وينقل «ميدلينك 2» الجزء الأكبر من حركة البيانات بين المنطقة وجنوب أوروبا. وقد ظل كابلان أقدم منه في الخدمة، لكن سعتهما مجتمعتين أقل بكثير، في حين كان المسار البري عبر بلد مجاور يعمل أصلاً قرب حده الأقصى.</p>
<blockquote>«نعرف منذ عشر سنوات أننا نضع كل البيض في سلة واحدة. كل انقطاع يذكّرنا بذلك، وفي كل مرة ننسى الأمر بمجرد أن تعود السرعة»، تقول كريمة بودالي، مديرة المرصد الرقمي.</blockquote>
<h2>كلفة على الشركات</h2>
<p>ويقدّر اتحاد المؤسسات الرقمية، الذي يمثل نحو 400 شركة برمجيات ومناولة، أن أعضاءه خسروا 48 مليون دينار من الإيرادات، معظمها في مراكز الاتصال وشركات تطوير البرمجيات التي تخدم زبائن أوروبيين.</p>
<p>ويقول عمر التليلي، مدير العمليات في مركز اتصال بقصر أمل: «كان لدينا 300 موظف جالسين أمام شاشات لا تعمل. بعض الزبائن سألونا بالفعل عن خطتنا البديلة، والجواب الصريح أنه ليست لدينا خطة».</p>
<p>وأعلنت الهيئة أن تحالفاً من المشغلين وقّع مذكرة تفاهم لمدّ كابل جديد، يحمل مؤقتاً اسم «سفران لينك»، يصل إلى قصر أمل بحلول عام 2028، ويربط المنطقة مباشرة بمرسيليا وجنوة. ولم يُستكمل تمويله بعد.</p>
<p>وفي انتظار ذلك، يدعو المرصد الرقمي إلى إنشاء سجل عمومي لمسارات الكابلات ومدد إصلاحها، حتى تتمكن الشركات من <a href="https://example.org/digital-observatory-cable-report">الاستعداد للانقطاعات</a>.</p>`,
        tags: ['الإنترنت', 'التشغيل'],
        imageAlt: `سفينة إصلاح كابلات في عرض البحر ورافعة تنزل معدات من مؤخرتها`,
        comments: [
          {
            name: 'يوسف بن عمر',
            email: 'youssef.benomar@example.com',
            body: `عشنا هذه الأيام في مركز الاتصال الذي أعمل فيه، وكانت صعبة للغاية.`,
            afterMinutes: 75,
            replies: [
              {
                name: 'سارة القاسمي',
                email: 'sara.elkasmi@example.com',
                body: `الشيء نفسه عندنا في الجامعة، توقفت المنصة التعليمية تقريباً.\nنتمنى أن يُنجز الكابل الجديد في موعده.`,
                afterMinutes: 130,
              },
            ],
          },
        ],
      },
    },
    related: ['b-nawa-grid-funding'],
  },

  // ---------------------------------------------------------------------------
  // 5. Economy: textile closures in Bir Lalla (fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-textile-closures',
    section: 'economy',
    author: 'sophie',
    daysAgo: 13,
    image: { from: '#7c2d12', to: '#fbbf24', motif: 'bars' },
    translations: {
      fr: {
        title: `À Bir Lalla, la fermeture de trois usines textiles emporte 1 200 emplois`,
        slug: 'fermeture-usines-textiles-bir-lalla',
        dek: `Pris en étau entre la hausse de l'énergie et la concurrence asiatique, les sous-traitants de la confection réclament un plan de soutien.`,
        body: `<p>Les machines se sont arrêtées lundi à l'usine Confection Atlas, dans la zone industrielle de Bir Lalla. Après quarante-deux ans d'activité, l'entreprise, qui fabriquait des jeans pour plusieurs marques européennes, a été placée en liquidation. Ses 540 salariés, dont près de 80 % de femmes, ont reçu leur dernier salaire.</p>
<p>C'est la troisième fermeture dans la ville depuis le début de l'année. Avec Tissages du Safran et Maille Sud, qui ont cessé leur activité en mars et en juin, près de 1 200 emplois ont disparu, selon l'Union régionale du travail.</p>
<h2>L'énergie et les délais</h2>
<p>Les dirigeants du secteur avancent deux raisons. D'abord, le coût de l'électricité, qui a augmenté de 38 % en deux ans pour les consommateurs industriels. Ensuite, les donneurs d'ordre européens, qui exigent des délais toujours plus courts tout en faisant jouer la concurrence avec des ateliers d'Asie du Sud.</p>
<blockquote>« Nous avons perdu une commande de 200 000 pièces pour onze centimes d'écart par unité. À ce niveau, ce n'est plus de la concurrence, c'est une loterie », explique Mourad Chaabane, président de l'Association des industriels du textile.</blockquote>
<p>Le textile et l'habillement emploient encore environ 95 000 personnes dans la région et représentent 17 % des exportations industrielles. Mais le nombre d'entreprises a reculé d'un quart en dix ans.</p>
<h2>Les ouvrières en première ligne</h2>
<p>Devant les grilles de Confection Atlas, l'inquiétude domine. « J'ai commencé ici à dix-neuf ans. J'en ai quarante-six. Qui va m'embaucher ? » demande Fatima Zerrouki, couturière et déléguée syndicale. Selon elle, une partie des salariées attendent encore le versement des indemnités de licenciement prévues par la loi.</p>
<p>L'Union régionale du travail demande la création d'un fonds de reconversion financé par l'État et par les marques clientes, ainsi qu'un tarif électrique réduit pour les industries exportatrices qui s'engagent à maintenir l'emploi.</p>
<p>Au ministère de l'Industrie, on indique qu'un programme de modernisation doté de 300 millions de dinars sera présenté « avant la fin du trimestre ». Il viserait notamment le passage à la production à la demande et le recyclage des fibres, deux créneaux où la proximité avec l'Europe reste un atout.</p>
<p>Pour Mourad Chaabane, le temps presse : « Si rien ne change d'ici l'hiver, d'autres usines suivront. »</p>`,
        tags: ['emploi', 'commerce', 'énergie'],
        imageAlt: `Machines à coudre alignées dans un atelier de confection désert`,
        comments: [
          {
            name: 'Nathalie Girard',
            email: 'nathalie.girard@example.com',
            body: `Courage aux ouvrières de Confection Atlas. Les marques européennes devraient assumer leur part de responsabilité.`,
            afterMinutes: 120,
          },
        ],
      },
      ar: {
        title: `في بئر لالة، إغلاق ثلاثة مصانع للنسيج يعصف بـ1200 منصب شغل`,
        slug: 'إغلاق-مصانع-النسيج-في-بئر-لالة',
        dek: `يطالب المناولون في قطاع الملابس، العالقون بين ارتفاع أسعار الطاقة والمنافسة الآسيوية، بخطة دعم عاجلة.`,
        body: `<p>توقفت الآلات يوم الاثنين في مصنع «كونفكسيون أطلس» بالمنطقة الصناعية في بئر لالة. فبعد اثنين وأربعين عاماً من النشاط، وُضعت الشركة، التي كانت تصنع سراويل الجينز لعدة علامات تجارية أوروبية، قيد التصفية. وتقاضى عمالها البالغ عددهم 540، نحو 80 في المئة منهم نساء، أجرهم الأخير.</p>
<p>وهذا ثالث إغلاق تشهده المدينة منذ بداية العام. فمع توقف مصنعي «نسيج سفران» و«تريكو الجنوب» عن العمل في مارس ويونيو، اختفى نحو 1200 منصب شغل، وفق الاتحاد الجهوي للشغل.</p>
<h2>الطاقة والآجال</h2>
<p>ويسوق مسؤولو القطاع سببين رئيسيين: أولهما كلفة الكهرباء التي ارتفعت بنسبة 38 في المئة خلال عامين بالنسبة إلى المستهلكين الصناعيين، وثانيهما الزبائن الأوروبيون الذين يفرضون آجال تسليم أقصر فأقصر، ويضعون المصانع المحلية في منافسة مع ورشات جنوب آسيا.</p>
<blockquote>«خسرنا طلبية من 200 ألف قطعة بسبب فارق أحد عشر سنتيماً في سعر القطعة الواحدة. في هذا المستوى، لم تعد المسألة منافسة بل يانصيباً»، يقول مراد الشعبان، رئيس جمعية صناعيي النسيج.</blockquote>
<p>ولا يزال قطاع النسيج والملابس يشغّل نحو 95 ألف شخص في المنطقة، ويمثل 17 في المئة من الصادرات الصناعية، غير أن عدد المؤسسات تراجع بمقدار الربع خلال عشر سنوات.</p>
<h2>العاملات في الصف الأول</h2>
<p>أمام بوابة المصنع، يسود القلق. وتتساءل فاطمة الزروقي، الخياطة والمندوبة النقابية: «بدأت العمل هنا في التاسعة عشرة من عمري، وأنا اليوم في السادسة والأربعين. من سيشغّلني؟». وتؤكد أن جزءاً من العاملات لم يتسلمن بعد تعويضات الفصل التي ينص عليها القانون.</p>
<p>ويطالب الاتحاد الجهوي للشغل بإحداث صندوق لإعادة التأهيل المهني تموله الدولة والعلامات التجارية الزبونة، وبتعريفة كهرباء مخفضة للصناعات المصدّرة التي تلتزم بالحفاظ على مناصب الشغل.</p>
<p>وفي وزارة الصناعة، أفيد بأن برنامجاً للتحديث بقيمة 300 مليون دينار سيُعرض «قبل نهاية الفصل الجاري». ويستهدف البرنامج خصوصاً التحول نحو الإنتاج حسب الطلب وإعادة تدوير الألياف، وهما مجالان يظل فيهما القرب من أوروبا ورقة رابحة.</p>
<p>أما مراد الشعبان فيرى أن الوقت يداهم الجميع: «إذا لم يتغير شيء قبل الشتاء، فستلحق مصانع أخرى بالركب».</p>`,
        tags: ['التشغيل', 'التجارة', 'الطاقة'],
        imageAlt: `آلات خياطة مصطفة في ورشة ملابس خالية من العمال`,
      },
    },
    related: ['b-qasr-amal-terminal', 'b-bawaba-app-privacy'],
  },

  // ---------------------------------------------------------------------------
  // 6. Environment: flamingos in the Safran delta (en, fr)
  // ---------------------------------------------------------------------------
  {
    key: 'b-safran-wetland',
    section: 'environment',
    author: 'sophie',
    daysAgo: 17,
    image: { from: '#065f46', to: '#f9a8d4', motif: 'waves' },
    translations: {
      en: {
        title: `Flamingo numbers halve at the Safran delta as the lagoon shrinks`,
        slug: 'flamingo-numbers-halve-safran-delta',
        dek: `The winter bird count recorded 6,400 greater flamingos at the Merja Zarqa lagoon, down from 13,000 five years ago.`,
        body: `<p>Volunteers who counted birds at the Merja Zarqa lagoon, at the mouth of the Oued Safran, recorded 6,400 greater flamingos this January, less than half the 13,000 counted five years ago, according to figures released on Monday by the Delta Bird Network.</p>
<p>The lagoon, a protected wetland of about 2,800 hectares, is one of the main wintering sites for flamingos in the western Mediterranean. It has also lost about 40 per cent of its open water since 2015, according to satellite images analysed by the network.</p>
<h2>Less river, more salt</h2>
<p>Scientists attribute the decline to the combined effect of drought and upstream water use. Less fresh water from the Oued Safran reaches the delta, so the lagoon becomes saltier and shallower in summer, and the brine shrimp and insect larvae that flamingos feed on become scarce.</p>
<blockquote>"The birds are not dying here; they are simply going elsewhere. A wetland that empties of its birds is telling us something about the river, not just about the birds," said Dr Inès Garrido, an ecologist at the University of Qasr Amal who coordinates the count.</blockquote>
<p>Other species have fared differently. The count found stable numbers of avocets and a sharp rise in gulls, which thrive near the growing rubbish tip on the lagoon's southern edge.</p>
<h2>An environmental flow</h2>
<p>The Delta Bird Network and five other groups are asking the Regional Water Authority to guarantee an "environmental flow": a minimum volume of water released from the Tamda dam each spring to reach the lagoon. They estimate that 25 million cubic metres a year, about 4 per cent of the reservoir's average storage, would be enough to stabilise water levels.</p>
<p>The authority said it was studying the proposal but warned that every cubic metre sent to the sea was one taken from farmers or cities. It noted that the desalination plant due to open near Qasr Amal could free some river water in the coming years.</p>
<p>Fishermen in the village of Douar el-Bahr, on the lagoon's northern shore, have seen the change too. "My father fished mullet here from a boat. Today, in August, I can walk across," said Abdelkader Mansouri, 52.</p>
<p>The network's full report, with data for each species, is <a href="https://example.org/delta-bird-count">available online</a>.</p>`,
        tags: ['climate', 'water'],
        imageAlt: `A flock of pink flamingos wading in a shallow lagoon`,
        comments: [
          {
            name: 'Oliver Bennett',
            email: 'oliver.bennett@example.com',
            website: 'https://oliverbennett-birds.example.net',
            body: `I took part in the count in 2019 and the difference is striking. Thank you for covering it.`,
            afterMinutes: 140,
          },
        ],
      },
      fr: {
        title: `Le nombre de flamants roses divisé par deux dans le delta du Safran`,
        slug: 'flamants-roses-delta-safran',
        dek: `Le recensement hivernal a dénombré 6 400 flamants roses sur la lagune de Merja Zarqa, contre 13 000 il y a cinq ans.`,
        body: `<p>Les bénévoles qui ont compté les oiseaux de la lagune de Merja Zarqa, à l'embouchure de l'oued Safran, ont recensé 6 400 flamants roses en janvier, moins de la moitié des 13 000 observés il y a cinq ans, selon les chiffres publiés lundi par le Réseau ornithologique du delta.</p>
<p>La lagune, une zone humide protégée d'environ 2 800 hectares, est l'un des principaux sites d'hivernage du flamant rose en Méditerranée occidentale. Elle a aussi perdu environ 40 % de sa surface en eau libre depuis 2015, d'après les images satellites analysées par le réseau.</p>
<h2>Moins de fleuve, plus de sel</h2>
<p>Les scientifiques attribuent ce déclin à l'effet combiné de la sécheresse et des prélèvements en amont. Moins d'eau douce de l'oued Safran atteint le delta : la lagune devient plus salée et moins profonde en été, et les artémies et larves d'insectes dont se nourrissent les flamants se raréfient.</p>
<blockquote>« Les oiseaux ne meurent pas ici, ils vont simplement ailleurs. Une zone humide qui se vide de ses oiseaux nous parle du fleuve, pas seulement des oiseaux », explique Inès Garrido, écologue à l'université de Qasr Amal, qui coordonne le recensement.</blockquote>
<p>D'autres espèces s'en sortent différemment. Le comptage montre des effectifs stables d'avocettes et une forte hausse des goélands, qui prospèrent près de la décharge en expansion au sud de la lagune.</p>
<h2>Un débit écologique</h2>
<p>Le Réseau ornithologique du delta et cinq autres associations demandent à l'Autorité régionale de l'eau de garantir un « débit écologique » : un volume minimal lâché chaque printemps par le barrage de Tamda pour atteindre la lagune. Selon leurs estimations, 25 millions de mètres cubes par an, soit environ 4 % du stockage moyen du réservoir, suffiraient à stabiliser le niveau de l'eau.</p>
<p>L'Autorité dit étudier la proposition, mais rappelle que chaque mètre cube envoyé à la mer est pris aux agriculteurs ou aux villes. Elle souligne que l'usine de dessalement qui doit ouvrir près de Qasr Amal pourrait libérer une partie de l'eau du fleuve dans les années à venir.</p>
<p>Les pêcheurs du village de Douar el-Bahr, sur la rive nord, constatent eux aussi le changement. « Mon père pêchait le mulet ici en barque. Aujourd'hui, en août, je peux traverser à pied », raconte Abdelkader Mansouri, 52 ans.</p>
<p>Le rapport complet du réseau, avec des données pour chaque espèce, est <a href="https://example.org/delta-bird-count">disponible en ligne</a>.</p>`,
        tags: ['climat', 'eau'],
        imageAlt: `Une colonie de flamants roses dans les eaux peu profondes d'une lagune`,
      },
    },
    related: ['b-desalination-qasr-amal'],
  },

  // ---------------------------------------------------------------------------
  // 7. Technology: Code Bayt coding school (en only)
  // ---------------------------------------------------------------------------
  {
    key: 'b-coding-school-zahra',
    section: 'technology',
    author: 'sophie',
    daysAgo: 21,
    image: { from: '#4c1d95', to: '#f472b6', motif: 'grid' },
    translations: {
      en: {
        title: `In Zahra, a free coding school is turning graduates into remote developers`,
        slug: 'zahra-free-coding-school',
        dek: `Code Bayt has trained 310 students in three years, two-thirds of them women, and says 72 per cent found technology jobs within six months.`,
        body: `<p>Every weekday at 8.30, about 60 students climb the stairs of a converted carpet warehouse in the old city of Zahra and open their laptops. By evening, they will have spent eight hours writing code, reviewing each other's work and, as often as not, hunting for the bug that broke everything after lunch.</p>
<p>Code Bayt, a non-profit school founded in 2022, offers a free nine-month programme in web development and data analysis. It has graduated 310 students in five cohorts. Two-thirds are women, and most hold university degrees in subjects such as literature, law or biology that have not led to stable jobs.</p>
<h2>Jobs, mostly remote</h2>
<p>According to the school's own tracking, 72 per cent of graduates were working in a technology role six months after finishing. About half work remotely for companies in Europe or the Gulf, earning between 9,000 and 15,000 dinars a month, three to five times the region's average starting salary for graduates.</p>
<blockquote>"I studied Arabic literature for five years and then sold phone cards for two. Now I build booking systems for a hotel chain in Lisbon, from my mother's kitchen," said Hind Amrani, 27, who graduated last year.</blockquote>
<p>The school is financed by local companies, a European foundation and an unusual arrangement: graduates who earn more than 8,000 dinars a month are asked, but not obliged, to contribute 5 per cent of their salary for two years. About 40 per cent do so, according to the co-founder, Anas Kettani.</p>
<h2>A brain drain of a different kind</h2>
<p>Not everyone sees the model as an unmixed blessing. Some economists worry that remote work keeps skills in the region but sends the value they create abroad, and leaves workers without the social protection of a local contract.</p>
<p>"These are good salaries, but often these young people are freelancers with no pension and no health cover," said Leïla Haddad, a labour economist at Tarsa University. "We need a legal status for remote workers before this becomes the norm for a whole generation."</p>
<p>Mr Kettani acknowledges the problem. The school now includes a module on contracts, taxes and social security, and is negotiating with the city of Bir Lalla to open a second site there next year with 80 places.</p>
<p>Applications for the next cohort close at the end of the month. Last year, the school received more than 2,100 applications for 64 places.</p>`,
        tags: ['internet', 'jobs', 'startups'],
        imageAlt: `Students working on laptops at long tables in a converted warehouse`,
        comments: [
          {
            name: 'Emily Carter',
            email: 'emily.carter@example.com',
            website: 'https://emilycarter.example.dev',
            body: `I mentor a few Code Bayt students remotely from Dublin. The level of the graduates is genuinely impressive.`,
            afterMinutes: 55,
          },
          {
            name: 'George Patel',
            email: 'george.patel@example.com',
            body: `Good point about social protection. Freelancing is great until you get sick.\nA legal status for remote workers is long overdue.`,
            afterMinutes: 400,
          },
        ],
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 8. Environment: olive growers and drip irrigation (en, fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-olive-drip-irrigation',
    section: 'environment',
    author: 'karim',
    daysAgo: 27,
    image: { from: '#365314', to: '#bef264', motif: 'sun' },
    translations: {
      en: {
        title: `Olive growers in the Tamda hills switch to drip irrigation as wells run dry`,
        slug: 'olive-growers-switch-to-drip-irrigation',
        dek: `A subsidy scheme has equipped 3,100 farms in two years, but researchers warn that the water saved is often used to plant more trees.`,
        body: `<p>On the terraced slopes above Tamda, the furrows that once carried river water between the olive trees are filling with dust. In their place, black plastic pipes run along each row, releasing a few litres an hour at the foot of every tree.</p>
<p>Since 2023, 3,100 farms in the province have installed drip irrigation under a government programme that covers up to 80 per cent of the cost of equipment for holdings under 10 hectares, according to the provincial agriculture directorate. The area under drip has risen from 4,200 to 11,500 hectares.</p>
<h2>Half the water, more oil</h2>
<p>Farmers who have made the switch report using about half as much water per hectare as with flood irrigation, while yields have generally risen because the trees receive water more regularly during the critical months of flowering and fruit set.</p>
<blockquote>"Before, I waited for my turn on the canal every twelve days and flooded everything. Now the trees drink a little every day. Last season I pressed 30 per cent more oil," said Mustapha Aït Lahcen, who farms 6 hectares near the village of Igoudar.</blockquote>
<p>The pumps are increasingly solar-powered, which has cut diesel bills but also removed a brake on pumping: once the panels are paid for, water from a well costs almost nothing to extract.</p>
<h2>The rebound effect</h2>
<p>That worries hydrologists at the National Institute of Agronomy, who have been monitoring 140 wells in the province. Their data show the water table falling by an average of 1.8 metres a year since 2020, faster than in the previous decade.</p>
<p>"Drip irrigation saves water per tree. But if farmers use the savings to plant new orchards, total consumption does not go down. It goes up," said Dr Zineb Alaoui, who leads the study. She wants the subsidies to be tied to metering and to a cap on the irrigated area of each farm.</p>
<p>The directorate says it will begin installing meters on subsidised wells next year and that new boreholes already require a permit. Farmers' groups are wary. "Meters, fine. But a cap on the land we can plant, when our children have no other work? That is a different conversation," said Mr Aït Lahcen.</p>
<p>The region's olive harvest, which begins in October, is expected to reach 210,000 tonnes this year, slightly above the five-year average.</p>`,
        tags: ['agriculture', 'water', 'energy'],
        imageAlt: `Drip irrigation pipes running along a row of olive trees on a terraced hillside`,
      },
      fr: {
        title: `Dans les collines de Tamda, les oléiculteurs passent au goutte-à-goutte à mesure que les puits s'assèchent`,
        slug: 'oleiculteurs-goutte-a-goutte-tamda',
        dek: `Un programme de subventions a équipé 3 100 exploitations en deux ans, mais les chercheurs préviennent que l'eau économisée sert souvent à planter davantage d'arbres.`,
        body: `<p>Sur les pentes en terrasses qui dominent Tamda, les rigoles qui acheminaient autrefois l'eau du fleuve entre les oliviers se remplissent de poussière. À leur place, des tuyaux de plastique noir courent le long de chaque rangée et libèrent quelques litres par heure au pied de chaque arbre.</p>
<p>Depuis 2023, 3 100 exploitations de la province ont installé le goutte-à-goutte grâce à un programme public qui prend en charge jusqu'à 80 % du coût de l'équipement pour les fermes de moins de 10 hectares, selon la direction provinciale de l'agriculture. Les surfaces équipées sont passées de 4 200 à 11 500 hectares.</p>
<h2>Moitié moins d'eau, plus d'huile</h2>
<p>Les agriculteurs qui ont sauté le pas disent utiliser environ moitié moins d'eau par hectare qu'avec l'irrigation par submersion, tandis que les rendements ont généralement augmenté, car les arbres sont arrosés plus régulièrement pendant les mois décisifs de la floraison et de la nouaison.</p>
<blockquote>« Avant, j'attendais mon tour sur le canal, tous les douze jours, et j'inondais tout. Maintenant, les arbres boivent un peu chaque jour. La saison dernière, j'ai pressé 30 % d'huile en plus », raconte Mustapha Aït Lahcen, qui exploite 6 hectares près du village d'Igoudar.</blockquote>
<p>Les pompes fonctionnent de plus en plus à l'énergie solaire, ce qui a réduit les factures de gazole mais aussi levé un frein au pompage : une fois les panneaux payés, l'eau d'un puits ne coûte presque rien à extraire.</p>
<h2>L'effet rebond</h2>
<p>C'est ce qui inquiète les hydrologues de l'Institut national d'agronomie, qui suivent 140 puits dans la province. Leurs données montrent que la nappe baisse en moyenne de 1,8 mètre par an depuis 2020, plus vite qu'au cours de la décennie précédente.</p>
<p>« Le goutte-à-goutte économise l'eau par arbre. Mais si les agriculteurs utilisent ces économies pour planter de nouveaux vergers, la consommation totale ne baisse pas : elle augmente », souligne Zineb Alaoui, qui dirige l'étude. Elle demande que les subventions soient conditionnées à la pose de compteurs et à un plafond de surface irriguée par exploitation.</p>
<p>La direction provinciale annonce l'installation de compteurs sur les puits subventionnés dès l'an prochain et rappelle que tout nouveau forage nécessite déjà une autorisation. Les organisations agricoles restent méfiantes. « Des compteurs, d'accord. Mais plafonner les terres que nous pouvons planter, alors que nos enfants n'ont pas d'autre travail ? C'est une autre discussion », prévient Mustapha Aït Lahcen.</p>
<p>La récolte d'olives de la région, qui commence en octobre, devrait atteindre 210 000 tonnes cette année, légèrement au-dessus de la moyenne des cinq dernières années.</p>`,
        tags: ['agriculture', 'eau', 'énergie'],
        imageAlt: `Tuyaux de goutte-à-goutte le long d'une rangée d'oliviers sur une colline en terrasses`,
      },
      ar: {
        title: `في تلال تامدا، مزارعو الزيتون يتحولون إلى الري بالتنقيط مع جفاف الآبار`,
        slug: 'مزارعو-الزيتون-يتحولون-إلى-الري-بالتنقيط',
        dek: `جهّز برنامج للدعم 3100 ضيعة فلاحية في عامين، لكن الباحثين يحذرون من أن المياه الموفّرة تُستخدم غالباً لغرس مزيد من الأشجار.`,
        body: `<p>على المنحدرات المدرّجة المطلة على تامدا، تمتلئ بالغبار السواقي التي كانت تحمل مياه النهر بين أشجار الزيتون. وفي مكانها، تمتد أنابيب بلاستيكية سوداء على طول كل صف، تقطر بضعة لترات في الساعة عند جذع كل شجرة.</p>
<p>ومنذ عام 2023، ركّبت 3100 ضيعة في الإقليم أنظمة الري بالتنقيط في إطار برنامج حكومي يغطي ما يصل إلى 80 في المئة من كلفة المعدات بالنسبة إلى الضيعات التي تقل مساحتها عن 10 هكتارات، وفق المديرية الإقليمية للفلاحة. وارتفعت المساحة المجهزة من 4200 إلى 11500 هكتار.</p>
<h2>نصف الماء، وزيت أكثر</h2>
<p>ويقول المزارعون الذين تحولوا إلى هذه التقنية إنهم يستهلكون نحو نصف كمية المياه في الهكتار مقارنة بالري بالغمر، في حين ارتفعت المردودية عموماً لأن الأشجار تتلقى الماء بانتظام أكبر خلال الأشهر الحاسمة للإزهار وعقد الثمار.</p>
<blockquote>«في السابق، كنت أنتظر دوري في الساقية كل اثني عشر يوماً وأغمر الأرض كلها. الآن تشرب الأشجار قليلاً كل يوم. في الموسم الماضي عصرتُ زيتاً أكثر بنسبة 30 في المئة»، يقول مصطفى آيت لحسن، الذي يستغل 6 هكتارات قرب قرية إيغودار.</blockquote>
<p>وتعمل المضخات بشكل متزايد بالطاقة الشمسية، ما خفّض فواتير الديزل، لكنه أزال أيضاً كابحاً للضخ: فبمجرد تسديد ثمن الألواح، يصبح استخراج الماء من البئر شبه مجاني.</p>
<h2>الأثر العكسي</h2>
<p>وهذا ما يقلق خبراء المياه في المعهد الوطني للفلاحة، الذين يراقبون 140 بئراً في الإقليم. إذ تُظهر بياناتهم أن منسوب المياه الجوفية ينخفض بمعدل 1.8 متر سنوياً منذ عام 2020، وهي وتيرة أسرع مما كانت عليه في العقد السابق.</p>
<p>وتقول الدكتورة زينب العلوي، التي تقود الدراسة: «الري بالتنقيط يوفر الماء لكل شجرة. لكن إذا استخدم المزارعون ما يوفرونه لغرس بساتين جديدة، فإن الاستهلاك الإجمالي لا ينخفض، بل يرتفع». وتدعو العلوي إلى ربط الدعم بتركيب العدادات وتحديد سقف للمساحة المروية في كل ضيعة.</p>
<p>وتقول المديرية إنها ستبدأ تركيب العدادات على الآبار المدعومة العام المقبل، وإن حفر أي بئر جديدة يتطلب أصلاً ترخيصاً مسبقاً. لكن جمعيات المزارعين تبدي حذرها. ويقول آيت لحسن: «العدادات، لا بأس. أما تحديد سقف للأرض التي نزرعها، وأبناؤنا لا يجدون عملاً آخر؟ فهذا نقاش مختلف».</p>
<p>ومن المتوقع أن يبلغ محصول الزيتون في المنطقة، الذي يبدأ جنيه في أكتوبر، 210 آلاف طن هذا العام، أي أعلى بقليل من متوسط السنوات الخمس الأخيرة.</p>`,
        tags: ['الزراعة', 'المياه', 'الطاقة'],
        imageAlt: `أنابيب ري بالتنقيط على طول صف من أشجار الزيتون في تلة مدرّجة`,
      },
    },
    related: ['b-desalination-qasr-amal', 'b-safran-wetland'],
  },

  // ---------------------------------------------------------------------------
  // 9. Technology: Bawaba public-services app (fr only)
  // ---------------------------------------------------------------------------
  {
    key: 'b-bawaba-app-privacy',
    section: 'technology',
    author: 'daniel',
    daysAgo: 33,
    image: { from: '#111827', to: '#6366f1', motif: 'circles' },
    translations: {
      fr: {
        title: `Bawaba, l'application des services publics, inquiète les défenseurs de la vie privée`,
        slug: 'bawaba-application-vie-privee',
        dek: `Téléchargée 2,3 millions de fois, l'application de l'administration réunit désormais état civil, impôts et santé, sans autorité de contrôle indépendante.`,
        body: `<p>Demander un extrait d'acte de naissance, payer la vignette automobile, prendre rendez-vous dans un centre de santé : depuis son lancement il y a dix-huit mois, l'application publique Bawaba promet de faire tout cela depuis un téléphone. Elle a été téléchargée 2,3 millions de fois, selon l'Agence du numérique de l'État, soit près d'un adulte sur quatre dans la région.</p>
<p>Mais la dernière mise à jour, publiée début mai, a ravivé les critiques. Elle relie pour la première fois le dossier médical des patients à leur identifiant fiscal et à leur numéro de téléphone, au sein d'un même compte.</p>
<h2>Un identifiant unique</h2>
<p>Pour l'Agence du numérique, il s'agit de simplifier la vie des usagers. « Les citoyens nous demandaient de ne plus saisir dix fois les mêmes informations. Un seul compte, c'est moins de papiers et moins de files d'attente », fait valoir son directeur, Tarek Mestiri, qui assure que les données sont « chiffrées et hébergées sur le territoire ».</p>
<p>L'association Clé numérique, qui milite pour la protection des données, estime au contraire que la centralisation crée un risque majeur. Elle a analysé le code de l'application et relève la présence de deux outils de mesure d'audience fournis par des entreprises étrangères.</p>
<blockquote>« Nous ne disons pas que l'État espionne les gens. Nous disons qu'il n'existe aucune autorité indépendante capable de vérifier qui accède à quoi, et pourquoi », résume Yasmine Gharbi, juriste de l'association.</blockquote>
<h2>Un vide juridique</h2>
<p>La région dispose d'une loi sur les données personnelles depuis 2009, mais l'instance chargée de l'appliquer n'a jamais été dotée d'un budget propre ni de pouvoirs de sanction. Un projet de réforme, inspiré du règlement européen, attend depuis trois ans d'être examiné par le Parlement.</p>
<p>Dans l'intervalle, Clé numérique recommande aux usagers de vérifier les autorisations accordées à l'application et publie un <a href="https://example.org/cle-numerique-guide-bawaba">guide pratique</a> en français et en arabe.</p>
<p>Interrogée sur les outils de mesure d'audience, l'Agence du numérique indique qu'ils « seront remplacés par une solution souveraine d'ici la fin de l'année » et qu'aucune donnée de santé n'a été transmise à des tiers.</p>
<p>Du côté des usagers, l'enthousiasme reste réel. À Qasr Amal, Nabil, chauffeur de taxi, a renouvelé sa licence en dix minutes : « Avant, c'étaient trois matinées perdues. La vie privée, j'y pense, mais le temps aussi, c'est précieux. »</p>`,
        tags: ['internet', 'vie privée'],
        imageAlt: `Un smartphone affichant l'écran d'accueil d'une application de services publics`,
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 10. Environment: trees against heatwaves in Bir Lalla (ar only)
  // ---------------------------------------------------------------------------
  {
    key: 'b-bir-lalla-trees',
    section: 'environment',
    author: 'karim',
    daysAgo: 41,
    image: { from: '#14532d', to: '#fde047', motif: 'sun' },
    translations: {
      ar: {
        title: `بئر لالة تزرع عشرين ألف شجرة لمواجهة موجات الحر`,
        slug: 'بئر-لالة-تزرع-عشرين-ألف-شجرة',
        dek: `أطلقت البلدية برنامجاً لتشجير الأحياء الأكثر تعرضاً للحرارة بعد صيف سجّلت فيه المدينة 47 درجة مئوية.`,
        body: `<p>أعلنت بلدية بئر لالة عن برنامج لزراعة عشرين ألف شجرة خلال ثلاث سنوات في الأحياء الأكثر تعرضاً لموجات الحر، بعد صيف استثنائي بلغت فيه درجة الحرارة في المدينة 47 درجة مئوية، وهو رقم قياسي لم تسجله محطة الأرصاد المحلية منذ بدء القياسات.</p>
<p>ويستهدف البرنامج، الذي تبلغ كلفته 38 مليون دينار، ستة أحياء شعبية في الجهة الشرقية من المدينة، حيث تقل حصة الفرد من المساحات الخضراء عن متر مربع واحد، مقابل تسعة أمتار مربعة في الأحياء الغربية الميسورة.</p>
<h2>جزر حرارية داخل المدينة</h2>
<p>وأظهرت خرائط حرارية أنجزها مختبر الجغرافيا الحضرية في جامعة بئر لالة، اعتماداً على صور الأقمار الاصطناعية، أن الفارق في درجة حرارة سطح الأرض بين حي النخيل الشرقي وحدائق الحي الإداري يصل إلى ثماني درجات في ساعات الظهيرة.</p>
<blockquote>«الحرارة ليست موزعة بالتساوي، وكذلك الظل. الأحياء التي تضم أكبر عدد من كبار السن والأطفال هي نفسها التي تفتقر إلى الأشجار»، تقول الباحثة سعاد المرابط التي أشرفت على الدراسة.</blockquote>
<p>وستعتمد البلدية على أنواع محلية مقاومة للجفاف، مثل الخروب والأركان والزيتون البري، بدلاً من أشجار الزينة المستوردة التي تحتاج إلى كميات كبيرة من المياه. كما ستُسقى الأشجار الجديدة بمياه الصرف المعالجة القادمة من محطة التطهير الجديدة، التي تعالج نحو 15 ألف متر مكعب يومياً.</p>
<h2>إشراك السكان</h2>
<p>ولضمان بقاء الأشجار على قيد الحياة، وهي المشكلة التي أفشلت حملات تشجير سابقة، ستوقّع البلدية اتفاقيات مع جمعيات الأحياء تتكفل بموجبها بالري والمتابعة مقابل منح سنوية. كما سيتم تشغيل نحو 120 شاباً من الأحياء المعنية في أعمال الغرس والصيانة.</p>
<p>ويقول عبد الرحيم الصنهاجي، رئيس جمعية حي النخيل: «زرعوا هنا أشجاراً قبل عشر سنوات، ولم يبق منها إلا القليل لأن أحداً لم يسقها. هذه المرة نريد أن نكون شركاء لا متفرجين».</p>
<p>في المقابل، يرى بعض الخبراء أن التشجير وحده لا يكفي. ويدعو المهندس المعماري كمال بنعيسى إلى مراجعة قوانين البناء لفرض أسطح عاكسة للحرارة وممرات مظللة في المشاريع الجديدة، مشيراً إلى أن «الشجرة تحتاج إلى عشر سنوات لتصنع ظلاً حقيقياً، أما موجات الحر فهي هنا الآن».</p>
<p>ومن المنتظر أن تنطلق المرحلة الأولى من البرنامج في نوفمبر المقبل مع بداية موسم الأمطار، بزراعة أربعة آلاف شجرة في حيين نموذجيين، على أن تُنشر نتائج متابعة نسبة بقاء الأشجار في <a href="https://example.org/bir-lalla-tree-map">خريطة تفاعلية</a> على موقع البلدية.</p>`,
        tags: ['المناخ', 'المياه', 'التشغيل'],
        imageAlt: `أشجار فتية مغروسة حديثاً على رصيف في حي شعبي`,
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 11. Culture: Andalusi music archive (en, fr, ar)
  // ---------------------------------------------------------------------------
  {
    key: 'b-andalusi-archive',
    section: 'culture',
    author: 'leila',
    daysAgo: 49,
    image: { from: '#831843', to: '#fcd34d', motif: 'circles' },
    translations: {
      en: {
        title: `Volunteers race to digitise 4,000 Andalusi music records before they crumble`,
        slug: 'volunteers-digitise-andalusi-records',
        dek: `The Dar al-Sama' archive in Zahra has put 1,100 recordings from the 1920s to the 1960s online, some of them the only known copies.`,
        body: `<p>In a cool back room of a 19th-century house in the old city of Zahra, Rania Bouzid lowers a stylus onto a brittle black disc. Through a crackle that sounds like rain, a voice recorded in 1931 begins to sing a nuba, one of the long suites of the Andalusi musical tradition.</p>
<p>The disc is one of about 4,000 shellac records held by Dar al-Sama', a private archive founded by the collector Mahmoud Benchekroun, who spent five decades buying records at flea markets, from family attics and from the stock of closed music shops across the region. Since his death in 2019, a team of volunteers led by his granddaughter, Ms Bouzid, has been racing to digitise the collection.</p>
<h2>A race against time</h2>
<p>Shellac, the resin used to press records before vinyl, becomes brittle with age and heat. Roughly one disc in ten in the collection is already cracked, according to the team. Each record is cleaned, played on a restored turntable with a choice of styluses and recorded at high resolution, a process that takes about 40 minutes per side.</p>
<p>So far, 1,100 recordings have been published on the archive's <a href="https://example.org/dar-al-sama-archive">free website</a>, with labels, dates and, where possible, the names of the musicians. At least 60 appear to be the only surviving copies.</p>
<blockquote>"Some of these singers were famous in their time and then vanished completely. We have found women performers whose names appear in no book," Ms Bouzid said. "Each disc we save gives someone back a voice."</blockquote>
<h2>Listeners in unexpected places</h2>
<p>The website has had 180,000 visits since it went live in March. About a third come from abroad, many from descendants of families who emigrated to France and Canada. Younger musicians have also found it: the Zahra ensemble Nour al-Andalus is preparing a concert made up entirely of forgotten pieces from the archive.</p>
<p>The project has so far relied on a 600,000 dinar grant from a cultural foundation and on donations. Ms Bouzid says the remaining 2,900 discs will take about four more years at the current pace, unless the team can hire two full-time technicians.</p>
<p>The Ministry of Culture said it was considering classifying the collection as national heritage, which would make it eligible for public funding but would also restrict its sale or export. The family says it welcomes the idea, provided the recordings stay freely accessible online.</p>`,
        tags: ['heritage', 'internet'],
        imageAlt: `A hand lowering a gramophone stylus onto an old shellac record`,
      },
      fr: {
        title: `Des bénévoles numérisent 4 000 disques de musique andalouse avant qu'ils ne s'effritent`,
        slug: 'numerisation-disques-musique-andalouse',
        dek: `L'archive Dar al-Sama', à Zahra, a mis en ligne 1 100 enregistrements des années 1920 aux années 1960, dont certains sont les seuls exemplaires connus.`,
        body: `<p>Dans l'arrière-salle fraîche d'une maison du XIXe siècle de la vieille ville de Zahra, Rania Bouzid pose une pointe de lecture sur un disque noir et cassant. À travers un crépitement qui ressemble à la pluie, une voix enregistrée en 1931 entonne une nouba, l'une des longues suites de la tradition musicale andalouse.</p>
<p>Ce disque fait partie des quelque 4 000 enregistrements sur gomme-laque conservés par Dar al-Sama', une archive privée fondée par le collectionneur Mahmoud Benchekroun. Pendant cinq décennies, il a acheté des disques aux puces, dans des greniers familiaux et dans les stocks de disquaires fermés à travers la région. Depuis sa mort en 2019, une équipe de bénévoles emmenée par sa petite-fille, Rania Bouzid, s'efforce de numériser la collection au plus vite.</p>
<h2>Une course contre la montre</h2>
<p>La gomme-laque, la résine utilisée pour presser les disques avant l'arrivée du vinyle, devient cassante avec l'âge et la chaleur. Environ un disque sur dix de la collection est déjà fêlé, selon l'équipe. Chaque disque est nettoyé, lu sur une platine restaurée avec plusieurs pointes possibles, puis enregistré en haute résolution, une opération qui prend une quarantaine de minutes par face.</p>
<p>À ce jour, 1 100 enregistrements ont été publiés sur le <a href="https://example.org/dar-al-sama-archive">site gratuit</a> de l'archive, avec étiquettes, dates et, lorsque c'est possible, noms des musiciens. Au moins 60 d'entre eux semblent être les seuls exemplaires subsistants.</p>
<blockquote>« Certains de ces chanteurs étaient célèbres à leur époque, puis ont complètement disparu. Nous avons retrouvé des interprètes femmes dont le nom ne figure dans aucun livre, raconte Rania Bouzid. Chaque disque sauvé rend une voix à quelqu'un. »</blockquote>
<h2>Des auditeurs inattendus</h2>
<p>Le site a reçu 180 000 visites depuis sa mise en ligne en mars. Environ un tiers viennent de l'étranger, souvent de descendants de familles émigrées en France et au Canada. Les jeunes musiciens s'en sont aussi emparés : l'ensemble Nour al-Andalus, de Zahra, prépare un concert entièrement consacré à des pièces oubliées issues de l'archive.</p>
<p>Le projet repose jusqu'ici sur une subvention de 600 000 dinars d'une fondation culturelle et sur des dons. Au rythme actuel, les 2 900 disques restants demanderont encore environ quatre ans, estime Rania Bouzid, à moins que l'équipe ne puisse recruter deux techniciens à plein temps.</p>
<p>Le ministère de la Culture indique envisager le classement de la collection au patrimoine national, ce qui la rendrait éligible à des financements publics mais en restreindrait la vente ou l'exportation. La famille se dit favorable à l'idée, à condition que les enregistrements restent librement accessibles en ligne.</p>`,
        tags: ['patrimoine', 'internet'],
        imageAlt: `Une main pose la pointe d'un gramophone sur un ancien disque en gomme-laque`,
      },
      ar: {
        title: `متطوعون يسابقون الزمن لرقمنة 4000 أسطوانة من الموسيقى الأندلسية قبل أن تتفتت`,
        slug: 'رقمنة-أسطوانات-الموسيقى-الأندلسية',
        dek: `نشر أرشيف «دار السماع» في الزهراء 1100 تسجيل تمتد من عشرينيات القرن الماضي إلى ستينياته، بعضها النسخ الوحيدة المعروفة.`,
        body: `<p>في غرفة خلفية باردة من بيت يعود إلى القرن التاسع عشر في المدينة العتيقة بالزهراء، تضع رانية بوزيد إبرة القراءة على أسطوانة سوداء هشة. ومن خلال طقطقة تشبه صوت المطر، يبدأ صوت سُجّل عام 1931 في أداء نوبة، وهي إحدى المتتاليات الطويلة في تقاليد الموسيقى الأندلسية.</p>
<p>هذه الأسطوانة واحدة من نحو 4000 أسطوانة من مادة اللك يحتفظ بها أرشيف «دار السماع»، وهو أرشيف خاص أسسه جامع التحف محمود بنشقرون، الذي أمضى خمسة عقود يشتري الأسطوانات من أسواق الأشياء المستعملة ومن علّيات البيوت العائلية ومن مخزونات محلات الموسيقى المغلقة في أنحاء المنطقة. ومنذ وفاته عام 2019، يسابق فريق من المتطوعين بقيادة حفيدته رانية بوزيد الزمن لرقمنة المجموعة.</p>
<h2>سباق مع الزمن</h2>
<p>يصبح اللك، وهو الراتنج الذي استُخدم في كبس الأسطوانات قبل ظهور الفينيل، هشاً مع مرور الزمن وارتفاع الحرارة. وحسب الفريق، فإن أسطوانة من كل عشر في المجموعة متصدعة بالفعل. وتُنظَّف كل أسطوانة، ثم تُشغَّل على جهاز قديم جرى ترميمه مع إمكانية اختيار إبر مختلفة، وتُسجَّل بدقة عالية، وهي عملية تستغرق نحو 40 دقيقة لكل وجه.</p>
<p>وحتى الآن، نُشر 1100 تسجيل على <a href="https://example.org/dar-al-sama-archive">الموقع المجاني</a> للأرشيف، مرفقة بالملصقات والتواريخ، وبأسماء العازفين والمغنين متى أمكن ذلك. ويبدو أن 60 تسجيلاً منها على الأقل هي النسخ الوحيدة الباقية.</p>
<blockquote>«بعض هؤلاء المغنين كانوا مشهورين في زمانهم ثم اختفوا تماماً. عثرنا على مطربات لا يرد اسمهن في أي كتاب»، تقول رانية بوزيد. «كل أسطوانة ننقذها تعيد صوتاً إلى صاحبه».</blockquote>
<h2>مستمعون في أماكن غير متوقعة</h2>
<p>استقبل الموقع 180 ألف زيارة منذ إطلاقه في مارس، نحو ثلثها من الخارج، وكثير منها من أحفاد عائلات هاجرت إلى فرنسا وكندا. كما اكتشفه موسيقيون شباب، إذ تستعد فرقة «نور الأندلس» في الزهراء لتقديم حفل مخصص بالكامل لقطع منسية من الأرشيف.</p>
<p>واعتمد المشروع حتى الآن على منحة قدرها 600 ألف دينار من مؤسسة ثقافية وعلى التبرعات. وتقول بوزيد إن الأسطوانات المتبقية، وعددها 2900، ستحتاج إلى نحو أربع سنوات أخرى بالوتيرة الحالية، ما لم يتمكن الفريق من توظيف تقنيين اثنين بدوام كامل.</p>
<p>وقالت وزارة الثقافة إنها تدرس تصنيف المجموعة ضمن التراث الوطني، وهو ما سيجعلها مؤهلة للحصول على تمويل عمومي، لكنه سيقيّد بيعها أو تصديرها. وترحب العائلة بالفكرة، شرط أن تظل التسجيلات متاحة مجاناً على الإنترنت.</p>`,
        tags: ['التراث', 'الإنترنت'],
        imageAlt: `يد تضع إبرة حاكي على أسطوانة قديمة من اللك`,
        comments: [
          {
            name: 'ليلى المنصوري',
            email: 'laila.mansouri@example.com',
            website: 'https://laila-mansouri.example.org',
            body: `وجدت في الأرشيف تسجيلاً لجدي الذي كان عازف عود في الخمسينيات.\nشكراً لكل المتطوعين على هذا العمل الجميل.`,
            afterMinutes: 180,
          },
        ],
      },
    },
  },

  // ---------------------------------------------------------------------------
  // 12. Culture: Tarsa book fair and translators (en only)
  // ---------------------------------------------------------------------------
  {
    key: 'b-book-fair-translation',
    section: 'culture',
    author: 'daniel',
    daysAgo: 57,
    image: { from: '#78350f', to: '#fef3c7', motif: 'bars' },
    translations: {
      en: {
        title: `At the Tarsa book fair, translators step into the spotlight`,
        slug: 'tarsa-book-fair-translators',
        dek: `A new fund that pays for translations between Arabic, French, Amazigh and English drew 140 applications in its first year.`,
        body: `<p>The 24th Tarsa International Book Fair closed on Sunday after ten days, with organisers reporting 310,000 visitors, up 12 per cent on last year, and a programme that put an unusual group of people on stage: translators.</p>
<p>For the first time, the fair devoted a whole pavilion to translation, with daily readings in which authors and their translators read the same passage in two languages, followed by discussions of the choices each translator had made.</p>
<h2>A fund for translation</h2>
<p>The centrepiece was the announcement of the first grants from the Bridges Translation Fund, launched last year by a group of publishers with support from the region's Book Council. The fund pays up to 70 per cent of translation costs for books moving between Arabic, French, Amazigh and English. In its first round, it received 140 applications and financed 22 titles, including eight novels, five children's books and a history of the Oued Safran valley.</p>
<blockquote>"For years we have translated everything into French and almost nothing out of Arabic or Amazigh. The flow went one way. This fund is a small attempt to turn the tap the other way," said Samia Lakhdar, a publisher in Qasr Amal who chairs the fund's committee.</blockquote>
<p>Translators say the money matters, but so does recognition. Many work for flat fees of 25 to 40 dinars per page, with no royalties and often without their names on the cover.</p>
<p>"A reader of a translated novel is reading my sentences for three hundred pages. It seems fair that my name should appear somewhere other than in small print on page four," said Idir Amellal, who translated a prize-winning Amazigh novel into French last year.</p>
<h2>Sales remain fragile</h2>
<p>Behind the crowds, the economics of publishing remain difficult. A print run of 1,000 copies is considered a success for a literary title, and publishers complain that paper prices have risen by almost half in three years. The fair's organisers said sales figures would be released next month.</p>
<p>Still, several publishers reported record interest in children's books and in bilingual editions, some of which sold out before the final weekend. The Book Council said it would double the fund's budget next year to 4 million dinars and add Spanish and Italian to the eligible languages.</p>`,
        tags: ['heritage', 'jobs'],
        imageAlt: `Visitors browsing bookstalls under the high roof of an exhibition hall`,
      },
    },
  },
];
