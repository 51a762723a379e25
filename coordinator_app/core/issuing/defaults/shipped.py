"""Fingerprints (SHA-256) of every block of default wording any released version shipped.

Written by packaging/record_default_wording.py, which only adds. A stored block whose text still
has one of these fingerprints was never edited by the OPS, so a newer default may replace it.
"""

from __future__ import annotations

import hashlib


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


SHIPPED: dict[str, dict[str, frozenset[str]]] = {
    "agreement": {
        "annex_child_protection": frozenset(
            {
                "61239cf69d9b968795d9fd0580e50b71709c2e20f6792628f7ae949c565630a0",
                "69f4d34d8c2478589ae068f9668bd65b600eab43948ee19eec8c0c5a6925d3b7",
                "dd284d38d718238b71611278fa81d7d116fbfbe80019f9f6a403ced0d20891bb",
            }
        ),
        "annex_confidentiality": frozenset(
            {
                "242be803d0a71237d1364e21076e1c866ef922cf86616b01ea57188737cb5170",
                "b09ae5423d94584156e69fa8492d3ef1ed54cf1d1696e2f58026d7da7a09c778",
                "c29510ab30adf71acea4953a45e70142e6a087d71373c4845b5a2f7113c64db0",
                "c56bf5e27cde53d1b5a7254b1eb5f1f14e454a0e72cd4e5e9e395f508801d1b0",
            }
        ),
        "annex_gdpr": frozenset(
            {
                "43ea20d147392a7b1395393730fa45b4a3b2cbf06cf6e10f316dbd7c01e04a9f",
                "5564226031fd23744cd5ccf7bdfc483174934880583f436bd36b6e27c28a53c7",
            }
        ),
        "annex_guardian": frozenset(
            {
                "1fa5f8b49ad17439c2dc6c7e87e63d5accbf5d855df0de002e2a0a2ca2058314",
                "536018c65a7e5546efc9cb998690fb1ea8b0f8b6f8a2de335dd41a05bcafad67",
                "ae2da83c98c70f92c5b87b963846d5d131ac54439377f65e9baf80cd75525e92",
                "af96f07d8d9d89f0329e6b4b3d715735fe3d4f4ec7e390b2872c8b3a917daa35",
                "ca72ddc977dc783c58543dfaab1ef451b82ef0f2de462b5d370b6e1a13c5e982",
                "f317b62b7f6ef1299207abe450e72bbd9022fb9c4e1fee349fab79e2995d90ac",
            }
        ),
        "annex_health_safety": frozenset(
            {
                "a24123516b8ff710267e614d207d2484fab8fd13a39f5b253aa9f442a835e13d",
                "bd0ac87a8e2b96a10bfd8a6a2f1d8d1d57f57815ce537daf3285e46ff49e0a3b",
                "cada938efc03d912d32f617b9007ff59ed6c403a4359fca1f2cf23d9ba20a326",
                "df7fcfb4f130b886d74a1ad2eaa6c173aebb25af5bc35f30ee116478d84832af",
                "f98a2b1561f21d80b04bcffb9fc1d2ccdc42820d1b0cf775d94f5eb6c2f8b95f",
            }
        ),
        "annex_image": frozenset(
            {
                "2bbfd876762e5b2620540021e39618e31b27db0ef77e05ded5142d5faec4459c",
                "39c8ebe4f58c3358c2fa5a1d3bd9fc11c0af9b17fba76371039dace8de4c3972",
                "7fccd43c113a3e8452aa9c023204998b0b64ce8771f99d9ceb0f21d272a78a3e",
            }
        ),
        "annex_travel_waiver": frozenset(
            {
                "234fac33091d11d7a657bf0062a8b192c44d57c8a404d92e321bdadf77a2e1c9",
                "7487fc42e5517b673e824f731f2104a5403de8b9c243a49de46636bb56a67f3a",
                "b07b7a9a2b4563560bdd5909fc69d65ebfb679d30616d22ed0c7a379092f26cf",
                "facd0cdb40e2a8db97cd85fced8b5cff638c1954cdd0970a1b0160b80729b8df",
            }
        ),
        "gdpr_default": frozenset(
            {
                "559b6cef0170dbfd73fdc1d5a7b6e95434b460d02a79c5162b70f180d14ca15b",
                "b831eecba0027347d9719c01d6ba39c8d7e274dbf84667d0876126c1608c64d5",
                "f2a01eba3e9bca65eceea23c355ddd14f50fd1c231865c8f8b0502e287a4af87",
                "fb499edcda7bc1736077be6f86da5e92fc21eb87ca8d0871d9e3f17c38ba8d55",
            }
        ),
        "health_consent": frozenset(
            {
                "53ecb83fa37d24b77711f2110db0ed0f65786570cfd01daf9f7041e64f712fd7",
                "9e3c0c1be1b52c911a29f971de32d811c7fc8209b12eeced389c58b262a3a3d4",
            }
        ),
        "intro": frozenset({"f056a10799e4ded98d0cd5d9a4cdeabf8348602618f4145d0a1a55f279e7c130"}),
        "parties_end": frozenset({"8b0cc1a222df6c06c0f265f4977dbe57097b3e09279fce7ab98cd70378700987"}),
        "party_ops": frozenset(
            {
                "0223c64a25daf150357067f88215465453889899d3f7dac83cda2cc535dc4e40",
                "6ef6b944f1f78d08e7221bb08b2ad56e432efc4c3e021a2ab78ed58672a5db11",
            }
        ),
        "party_volunteer": frozenset(
            {
                "8f82500e4fdd678210f55dca013e41692f2692b6b5cf13a0f48128afd6b06039",
                "b14116e68a2f29a10c4de17b6966aa0926655433f8358faed1359f2d2eebaa2a",
                "b7cf3e3898a60497d40a65ba8c6255f784a28b09a898c335d0d98f0651e92029",
            }
        ),
        "s_basis": frozenset({"9cf61a87cd6f8e9737470c6fb2bca78cbf8c9fe0e187115e7cddd79acee26bd9"}),
        "s_costs": frozenset(
            {
                "15e4359677c414e58b06c94c9a7ce67540a1e4dcbd793f361091ab25ae7f05f7",
                "fc52aa8b9ab8ca847c763ad89163f773591b570cc5109b40cb20bf1f4dbc4e2d",
            }
        ),
        "s_data": frozenset({"c216f8c01b21b4681f2b0f064daeb0cce5c92b0f0b92b7a266e72dcac6866fc0"}),
        "s_final": frozenset({"387e7ad44aa81054de8721b9a7aeef222c83439cf9853368a75ea558db12498b"}),
        "s_insurance": frozenset({"7291d553a6783735bbbafad080d3b325161680bfc5222f6c3c592b4c0b5331a2"}),
        "s_manner": frozenset(
            {
                "143c050ac7727ca1a7947186c65ab08c76b1b25577efbbba255d572e6be1a863",
                "ba20e763fd2346beedd7b22f07adc659acc53babe6724044fab9241493d0847b",
                "db9258090dcbab3e5a3ee2920df91c83834acde1eb5d67752985bcf6e06740cc",
            }
        ),
        "s_minor": frozenset(
            {
                "371dd1c066da1514e19893f82be2ae3d383b9db49c3df600094bd268155f07aa",
                "6a978f3eaaeaab80382d46e2e11ec076b8c410777ecf93e94a5d80a283509908",
            }
        ),
        "s_ops_duties": frozenset(
            {
                "01dba92863b644f2e51d60805953c05b05dbd073d2c8dd137357b68395c2829f",
                "301ecbc9839c2883fb28233c9565fbc25f826f65c2fa1571a749697626656732",
                "cf290911c1f4085518a86a8b15b7dd8ad102de64229c300cabd4be0b29ba126c",
                "f6c9ece9ece1c91dda035409b8156a7dfd3b96988f8903339e180dee9f26249a",
            }
        ),
        "s_scope": frozenset(
            {
                "274c56c8e7f24aa82d6a8326745bbfde9cf788317fb6a1f5299f233c6cbe2320",
                "b422fb0223ac1ba0a41005abd7ef4d834cc18556cba431a602787957aad4f56b",
            }
        ),
        "s_termination": frozenset(
            {
                "c71ab6a041afe079a31d148c9d75dfeb6047a635eb03b0228c3fd87c4e7a9857",
                "ce75ed2ce6668b501c865003b941395884c2611c597c1375fbb43b35a5258cd9",
            }
        ),
        "s_time": frozenset(
            {
                "9b76c58ce89c8d9c60d0f2a65d0e27e6e41a41a32589c2b3ad053c7121061b5c",
                "b96db4e147371a22d16d4b1212f09664e548f26bd5dc009b77a844e22a3bb122",
            }
        ),
        "s_vetting": frozenset({"631461230b30f0716c7afd802b7b25670e878894d0628a1593f7387ed2b9fa5f"}),
        "s_volunteer_duties": frozenset(
            {
                "62eff7662d3c33e109822f934408adc466e0d1e20c214d21f7e0bda1c8db079f",
                "88022b6aed43d5e5f49266c73f5905bda6252a7926892b7299bfe072ca2b46b6",
                "8e29aa3a4377f338322f72741aec5490e7c6c19a385e894a5738a6ebc2f96681",
            }
        ),
        "title": frozenset({"5696aa541d995304183a10134ea39a0f2c46694989585e81cfca909abb21e4cc"}),
    },
    "annex": {
        "intro": frozenset(
            {
                "859e0dfa7fed7cde5a203e074a2657d1beac3eb40dec49e174c1fb4e2009c1e6",
                "d2d749528f425711dbbeb4deda6c25bd8f6c3cd5d77ad0f7121ff3d76c2eeaea",
            }
        ),
        "s_changes": frozenset({"0aff3070a083b345bceb354ba8a6d4d8cb03fd200b589b082177fbf8c069d1c8"}),
        "s_final": frozenset(
            {
                "c05056f2409374a94bd9e5daf741eb7f6199f52d70238658cf7035263ed5b850",
                "eed4a1e53795f3ed0566e88e2059248f1411cf993525e7df1fb184d59dabe737",
            }
        ),
        "subtitle": frozenset({"1f6f8a93ee052cb64676714cf74cf06509e4c4164010dc20a4722e451720fd22"}),
        "title": frozenset({"2623270d7c6ddfba889e062a956e72b28a19118b0ed06e59c2abd478aec616bf"}),
    },
    "authorisation": {
        "acknowledgement": frozenset({"5eb66153cdf3839658d04317924fd19fade80fc5ec8ba516062666cf6e732d14"}),
        "body": frozenset(
            {
                "846ec14067730b606c17296ab8838c924b3a8bbd28a22dadbf6899ac86268420",
                "dbc3a0f64385bd951efd9307ad9c112195f60eee6419eb277e87c851f0377df3",
            }
        ),
        "subtitle": frozenset({"68e7f8170ceb9926fc08b7d37d5b540d781dd16ac002843fd5799e23872ba897"}),
        "title": frozenset({"a2b3e9815a901e0ac050a7cd469dd5a7e73fbbbd35e23d724b7b9f2081257fbb"}),
        "validity": frozenset(
            {
                "9197a43959d42db3819e6c985ee5a8aba2eda230e2752579fb63faa1a6681963",
                "cff9e05b04157474c0762bf4cc7f53671507655d9f5b060e15bf475057573aef",
            }
        ),
    },
    "certificate": {
        "agreement": frozenset({"04991d22734e3693ecca1fb2fc65ba107abc3b4bed5e32636f66252246ec3fd0"}),
        "body": frozenset(
            {
                "1fb4abad210376df12b0050c5706496d5dbe5baa9e791cda2a33f827eb3bb7dd",
                "440138ceb0e002f41cfd5e824700414a392bfaf0a643e23167164a3f6ef52e41",
                "506098134231362a363b1c560100ae0267eaebe09ec403b7f0e10bed6ca8803a",
            }
        ),
        "closing": frozenset({"40787ab779ff217b2f91a6a11b8aa30c62b412f5bfab64aac1da125d97f583e2"}),
        "hours": frozenset({"7b322f458fce7aec6a7bf867438886a4a16e10de8225b59ed70b5cb20f382953"}),
        "scope": frozenset({"da10405a046eacd6723e311eb6743ca339d8fa4a8242f7aef7908d2f09ec83e3"}),
        "subtitle": frozenset({"ef4f20cda592e4426b95cf6fd809a30a91ab8e3c284ca42353bffcb639786229"}),
        "title": frozenset({"036e3fae2a6a29849e204a05c0d7e2fae24b1867fb7542aa0c6277781225c055"}),
        "trainings": frozenset(
            {
                "2058eea0edefc215e5555c1bd9c630d2d03e9b908efef858f742646b720fbda3",
                "f98a419bc445533d3ff8ba855638c7e671357c17e22fd6cb41ac9daf2a87ad05",
            }
        ),
    },
    "confidentiality_statement": {
        "body": frozenset({"458abed62b457787b67013bfaca870b6c0725e35b143fd68b42a34852bf53e4a"}),
        "liability": frozenset({"0c235e0fd1d86595a22664255894c4690c9678f3f0c16d20a8b434b62ccc806e"}),
        "minor": frozenset({"65e4516a2b78c54acf0e369faaea12565e263db37db69beac7e4f8207046ee3c"}),
        "subtitle": frozenset({"d1d5b4683a192b35e1b808cb610e1014d87b6d8034bb6fc2482d143e924d6942"}),
        "title": frozenset({"0bdd1e1a8faba130c7eadfb76bd5e12a8356f0ccf6751d39d30d10a795c9f9f1"}),
    },
    "cooperation_agreement": {
        "intro": frozenset({"f056a10799e4ded98d0cd5d9a4cdeabf8348602618f4145d0a1a55f279e7c130"}),
        "parties_end": frozenset({"8b0cc1a222df6c06c0f265f4977dbe57097b3e09279fce7ab98cd70378700987"}),
        "party_ops": frozenset({"bba8f3653a6d48273b9bac611dab1668ea86d4e0bc647f6720e3d4dafc08b0e0"}),
        "party_partner": frozenset({"78d996467908b424ccad6bb40b661aff2a80d44cbf9d2a20fcb85482c5e0657e"}),
        "s_contacts": frozenset({"220d5c5364a8c769a8220d58053f1e7470c21b0478aa6e21bd1c2870d12eb3de"}),
        "s_costs": frozenset({"fef812471cae7badacbc32c34719cd72f38aaeec210d9911ce0f90ac051c211b"}),
        "s_data": frozenset({"1595a6591c2eee2c493b0a60a3c0adbce87e0969ea9d4bb818303322070431be"}),
        "s_final": frozenset({"e72e9a6bb5e997ef57051c917a36ad839d449e253633de8987388e9f3bb8d919"}),
        "s_ops": frozenset({"821b793886cdf13c63af8afef0e58e86aeb2de05db44079dab2bf402a5d4f780"}),
        "s_partner": frozenset({"408bf1592de6af032a85578f37b463bcb7388f25743b49faec2b45c947bfdf6e"}),
        "s_purpose": frozenset({"035e4e7f48208df08c37062db056d999ee0abbb9c3cac5cef2d8e06994f3cbad"}),
        "s_term": frozenset({"f420fc6869cdf172a2f90157233f88e1a9839d1780789573727b0467474c9e88"}),
        "title": frozenset({"1f81679960e6c11bb667729203a6b64521c755171e9bc01d65090bf12694ab0b"}),
    },
    "expiry": {
        "body": frozenset(
            {
                "6b0d939dfd1e1599e478d292c617feb14c65ca6b12bc69190871417b6067b901",
                "d10fba64506de7a7078b070f0efab3de1d1d42e4a64aaeabf54cc11af6c640b0",
            }
        ),
        "subtitle": frozenset({"b2aa0c860c9289a1d74b0bc8dd7acde1a0c91993fa2987eb2d86ae1d7e21faec"}),
        "title": frozenset({"15784449f0bdb369702d269aad21506373265a119f8fcaf5d5a1f403c4f705d1"}),
    },
    "image_consent": {
        "body": frozenset({"c82cae3d3d8c66ab4b3455a04f13c908bc6e4aed73a2a37fdf5006af7c88b74b"}),
        "minor": frozenset({"cb8e2327e01a945d5cd37662ce374b42f512ae48f4dfeed7266e3e8a664d6a93"}),
        "subtitle": frozenset({"ad6a025b86cbeb9adc3c5ccf300b3c992e83247882d50cf42d18887b004c6030"}),
        "title": frozenset({"9a4e97085411ed907603d8117f0c713472c4311b2ab502a4ca6230e4da0193c1"}),
        "voluntary": frozenset({"e3d686e2c28ca6b53aebbd4841466650412072954a1e285a4ac85770c102ed23"}),
    },
    "intake_form": {
        "declaration": frozenset({"0d05d9eab18a91b8d9aa9a903efa719e175ec84d8d235fd133ac1e4f9f7fa578"}),
        "intro": frozenset({"46bc5f3812afcfb4d26dd91cb6677289fdd041edee70108bf09162c9bbb7d445"}),
        "minor_note": frozenset(
            {
                "46512f65cea910949e04149637edf4f029bb7347d213a67955953ff48d082065",
                "e9ef9ba668ab4e4568a7f3f55688d0c36f245aae94e673946513eab3a0d522a2",
            }
        ),
        "title": frozenset({"bd4ec73332be597f9500eadbde7e0265ee1fc47e96e6a437e52b50a82a7f01ee"}),
    },
    "no_record_statement": {
        "body": frozenset({"a46c442d6d393bc09a677bc0245caaaec1f2d51d8997eaac1f8c75fcf77e8091"}),
        "liability": frozenset(
            {
                "95eaf91925662a08a0739a32564a0d6aa37ca0e1fd11467d481d0ee53656dc34",
                "c11e1eeaed2b15b61ab4897922e6ebaed88b00410e26225a2ee14a2aa3749399",
            }
        ),
        "minor": frozenset({"65e4516a2b78c54acf0e369faaea12565e263db37db69beac7e4f8207046ee3c"}),
        "subtitle": frozenset(
            {
                "4ae559ed140df683e8e73058b80201fb847aae01aeb4823f67b45eba5dd59f66",
                "a98508252262ef87eba33f245bbcb59a7d18f146a87f851dcb426e323262aed4",
            }
        ),
        "title": frozenset({"0bdd1e1a8faba130c7eadfb76bd5e12a8356f0ccf6751d39d30d10a795c9f9f1"}),
    },
    "opinion": {
        "assessment": frozenset({"f176e101f1dfa9a8e8b7de7cdc9fd7e9a83b078bb7706598cbf71929e879bded"}),
        "closing": frozenset({"600942174a2d678c3dfe7c7c83798774966112d0698d77e29ae4077dee13eee1"}),
        "criteria": frozenset(
            {
                "7fb1f3c34d89f50e2773b709ee97051dac51b6f8d7046b2717cd129a9df7ef2e",
                "ad530452205758c4274872c1cbabe690650853016b9d44c936e8e8f1eb75254f",
            }
        ),
        "hours": frozenset({"c99ea2adb3ca51015578c3a61fe9a64917b5c84f369df438f085d82889322a30"}),
        "intro": frozenset(
            {
                "828fd2da897961a86799165d6a694cb57efb3c17240ff378ee48a6ee2598dfe0",
                "8aa67a0bc022ba775c331cbb01871c0487d6c4af95967352696cf7891b552bb3",
            }
        ),
        "recommendation": frozenset({"eec6ca9b801e808503b1af0109f5e78048d59bdb1d52a9a0cb36ffd4e2753498"}),
        "scope": frozenset({"826323750393a99ce24f357e030661f5e60ccf8e7d0cad816cd6c7956258623e"}),
        "skills": frozenset({"029ef03f18d8d607a5850b17cf2bb76dc4d321e19a44223478049258ed36fe55"}),
        "subtitle": frozenset({"ef4f20cda592e4426b95cf6fd809a30a91ab8e3c284ca42353bffcb639786229"}),
        "title": frozenset({"9d37de88d9f1dc6242cb4ad8407423d9235b1c88ea406cf730ab96d57dbc2ba6"}),
        "trainings": frozenset({"0151bc0b18ebe23de23dabe080b8927b6418055a30a06219398f640dc2603ec6"}),
    },
    "processing_register": {
        "controller": frozenset({"de14af728bed208b7749ed85d6a2d502255f8d3bfcf7a1c49f2c0b51f34d49bb"}),
        "note": frozenset({"0d990990e0f4725b81baef3a406911c967e98be7a59b2027b240abe5411f7708"}),
        "subtitle": frozenset({"85a4bb4bce51b7e23d2a4f179846f0161b3946e482c3550bb564943f932f6932"}),
        "title": frozenset({"b3bb5637107f43b3e02e120b55f4ad673eb855a557e35393c8289a117a437014"}),
    },
    "referral": {
        "body": frozenset(
            {
                "1088ec8b04a4a743dfe71aa50c0dd2ad108e7167be77b542bd95f231982e6337",
                "9d5dfdc5a9177f74e7b334123bb1bc9a74d4cdf0b6163ba40b61187d90961723",
                "a8df156e397275594aa8723bf2ed92c39098a203888c5b57e082e2837a97b9ad",
                "dc609fb582e867d4d0e0cfc288ba49a2e042c5ffd01482e23fcefadf75c8a4bd",
                "fd8b5cfd9303f237f8df3b04ebc2354df98ecbd15f8266fde0f5061f5d6d6489",
            }
        ),
        "contact": frozenset({"85914bf778ee6e6fd0b468a2dcec521f14782f6f96d277b84c74625e89c333b7"}),
        "subtitle": frozenset({"f92907391cf7ed94f4b096d051e748a780ca9eac5dc845240cd70c0b305baa23"}),
        "title": frozenset({"de335464eddf15a922e7a92d7f3fb7298c7cc8ebd85f15078c04fd86c5bf616b"}),
    },
    "residence_statement": {
        "attachments": frozenset({"cb38ba64633ecdf77ac059381ed3dac08755ae87e1c04fa1ac84c7e3c9e0b1dd"}),
        "body": frozenset({"2f13e94f26f35617978e7828350f4ff6b71b03af7f1516354f00d164279d9181"}),
        "choices": frozenset({"0a416f595e1dd0ebbec81670a8c46a269fa45e00220507b17962de0ddb4c65e0"}),
        "liability": frozenset(
            {
                "95eaf91925662a08a0739a32564a0d6aa37ca0e1fd11467d481d0ee53656dc34",
                "c11e1eeaed2b15b61ab4897922e6ebaed88b00410e26225a2ee14a2aa3749399",
            }
        ),
        "minor": frozenset({"65e4516a2b78c54acf0e369faaea12565e263db37db69beac7e4f8207046ee3c"}),
        "subtitle": frozenset({"5b6847f0df799883b3492036244fbc5fccfcc39681ae7eab15140895cf050a8b"}),
        "title": frozenset({"0bdd1e1a8faba130c7eadfb76bd5e12a8356f0ccf6751d39d30d10a795c9f9f1"}),
    },
    "termination": {
        "body": frozenset(
            {
                "0ade1b9d533ad626e572d8c7320485a808a06192a3c144fd7e5c5e970fa1b274",
                "25c40ad553c7c1ee5e885cae3d97c87a3464a1a42e6a2cfc4321bf22aae377ed",
                "d84517189727f798fbe1aef18ba3e16793a425ca4233346e7a8d8c29d9427021",
            }
        ),
        "subtitle": frozenset({"b2aa0c860c9289a1d74b0bc8dd7acde1a0c91993fa2987eb2d86ae1d7e21faec"}),
        "title": frozenset(
            {
                "13e647dfcf023f870270642547d39076da338dd80ca45ccf314f5ee1446ea16d",
                "3ca5e000bf3633806d8aa462ba2db35da5216297c1d4e613e2f31dc0af8e91ce",
            }
        ),
    },
    "thanks": {
        "addressee": frozenset(
            {
                "136681841bc11874b644d0cd841b0f80fa59131723e585c2ac9b110e4c96e73a",
                "baa0d6e673b97d4899bf4fc755e47ab6615aa44a4ad9f000d255eb87c67ff4f2",
            }
        ),
        "body": frozenset(
            {
                "3252b88cf094634b8b3f0911d4e87888f26ab07d5ce96a218a2d0ccb23a1c3fa",
                "9bfbb10b9d564863f7eb4e30a5585ecfb78c15435bed6317e89a85fc54af78d4",
                "e7a345200b05062be0396fb1975abf1cc59fc443f7151d43b8fe62a682016a3c",
            }
        ),
        "title": frozenset({"52048b939517804469e1f7531262033b4199bc4e949968d7cf0f9ea037042629"}),
    },
    "timesheet": {
        "statement": frozenset(
            {
                "11a7be76457a1db24b98427bdab701bac19f3947bc56e5f64648defc0f59afad",
                "ef244f8b21b0623d5f8229d641a5993c1e5680c78f842082a16ac0f217637121",
            }
        ),
        "subtitle": frozenset({"f602eccb32e98f5c41af86ba8c5ec97a1cbc00e4e4d10fcb2855fb190f282094"}),
        "title": frozenset({"77beb564fe7f13aba7a4f0fcbbfada859d6bb9a79189028d086a7766e87c2334"}),
    },
    "training_certificate": {
        "body": frozenset(
            {
                "713ea65576a5a0ceacb9cc5dc67e6658482addb6cc057cb437627e9855637d4c",
                "cc05cc44777006d48b318f83f1785e6b4bd09807cb521939c3f26ebfef85751e",
            }
        ),
        "person": frozenset(
            {
                "9a2c965cf76c30dd83b239eba4388a5d5761088d5eacf0cc9b0ad9f03a2f2432",
                "da4d946fd8b3ca7ad83ea09924e362d716c5e0e81ee2ba3e6d8a7bfa80ab6b37",
            }
        ),
        "programme": frozenset({"8ec96316d7c9e76f6fed278d2d9dcf604445c12892204a0f130b6f76b669f142"}),
        "subtitle": frozenset({"c67287232ee9046637e7f4cf09ff99733274c9297ab13ff30ec7136a5b958c94"}),
        "title": frozenset({"036e3fae2a6a29849e204a05c0d7e2fae24b1867fb7542aa0c6277781225c055"}),
        "trainer": frozenset(
            {
                "c3ad93e10d7198494e0fba97a9fdb9765296e3308e2bd0ddde3559334dad5cc0",
                "f2e0586a170536d7e52a6f32a6934b2d80492f352fa31f8299112bd251a18ebf",
            }
        ),
    },
}
